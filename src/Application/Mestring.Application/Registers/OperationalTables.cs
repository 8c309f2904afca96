using Mestring.Data.Bulk;
using Mestring.Domain.Citizens;
using Mestring.Domain.FollowUps;
using Microsoft.EntityFrameworkCore.Metadata;
using static Mestring.Application.Registers.EntityColumns;

namespace Mestring.Application.Registers;

/// <summary>
/// The bulk targets of the operational records (insert-only by primary key; updates through staging tables), with
/// tables and columns from the EF model. The order of the columns is the order of the importer's row values.
/// </summary>
internal sealed class OperationalTables
{

    public OperationalTables(IModel model)
    {
        Identities = BulkTable.StageOf<Citizen>(model, [nameof(Citizen.PersonId), nameof(Citizen.Cpr), nameof(Citizen.Name), nameof(Citizen.TeamId)]);
        Plans = Insert<Plan>(model, nameof(Plan.CitizenId), nameof(Plan.NextFollowUp), nameof(Plan.UpdatedAt), nameof(Plan.Version));
        Goals = Insert<Goal>(model, nameof(Goal.PlanId), nameof(Goal.CitizenId), nameof(Goal.CitizenWords), nameof(Goal.ProfessionalText),
            nameof(Goal.Kind), nameof(Goal.PrimaryConditionCode), nameof(Goal.SecondaryConditionCodes), nameof(Goal.BaselineLevel),
            nameof(Goal.TargetLevel), nameof(Goal.DueDate), nameof(Goal.Status));
        Sections = Insert<PlanSection>(model, nameof(PlanSection.PlanId), nameof(PlanSection.Sector), nameof(PlanSection.Text), nameof(PlanSection.Responsible));
        Versions = Insert<PlanVersion>(model, nameof(PlanVersion.PlanId), nameof(PlanVersion.CitizenId), nameof(PlanVersion.Number),
            nameof(PlanVersion.At), nameof(PlanVersion.ChangedBy), nameof(PlanVersion.Change), nameof(PlanVersion.SnapshotJson));
        FollowUps = Insert<FollowUp>(model, nameof(FollowUp.CitizenId), nameof(FollowUp.PlanId), nameof(FollowUp.InterventionId),
            nameof(FollowUp.DueDate), nameof(FollowUp.CompletedAt), nameof(FollowUp.CompletedBy), nameof(FollowUp.AssessmentId),
            nameof(FollowUp.ProviderNote), nameof(FollowUp.Note), nameof(FollowUp.Decision));
        Ratings = Insert<ProgressRating>(model, nameof(ProgressRating.CitizenId), nameof(ProgressRating.GoalId), nameof(ProgressRating.Rating),
            nameof(ProgressRating.Comment), nameof(ProgressRating.At), nameof(ProgressRating.FollowUpId));
        InterventionLinks = BulkTable.StageOf<Intervention>(model, [Id, nameof(Intervention.PlanId), nameof(Intervention.GoalIds)]);
    }

    /// <summary>An insert-only target keyed by its id: (Id, MunicipalityId, <paramref name="columns"/>…).</summary>
    private static BulkTable Insert<TEntity>(IModel model, params string[] columns) =>
        BulkTable.Of<TEntity>(model, [Id, Municipality, .. columns], [Id], []);

    /// <summary>Staging only: CPR, name and team per person_id, applied by <see cref="UpdateCitizens"/>.</summary>
    public BulkTable Identities { get; }

    /// <summary>(Id, MunicipalityId, CitizenId, NextFollowUp, UpdatedAt, Version).</summary>
    public BulkTable Plans { get; }
    public BulkTable Goals { get; }
    public BulkTable Sections { get; }
    public BulkTable Versions { get; }
    public BulkTable FollowUps { get; }
    public BulkTable Ratings { get; }

    /// <summary>Staging only: the register intervention (order) → plan and goals, applied by <see cref="LinkInterventions"/>.</summary>
    public BulkTable InterventionLinks { get; }

    public string UpdateCitizens(bool postgres)
    {
        var c = Identities.Mapped;
        string Set(string property) => $"{c[property]} = s.{c[property]}";
        return $"UPDATE {c.Quoted} AS c SET {Set(nameof(Citizen.Cpr))}, {Set(nameof(Citizen.Name))}, {Set(nameof(Citizen.TeamId))} FROM {{stage}} AS s " +
               $"WHERE c.{c[Municipality]} = @m AND c.{c[nameof(Citizen.PersonId)]} = s.{c[nameof(Citizen.PersonId)]} AND c.{c[nameof(Citizen.Cpr)]} IS NULL";
    }

    public string LinkInterventions(bool postgres)
    {
        var i = InterventionLinks.Mapped;
        string Set(string property) => $"{i[property]} = s.{i[property]}";
        return $"UPDATE {i.Quoted} AS i SET {Set(nameof(Intervention.PlanId))}, {Set(nameof(Intervention.GoalIds))} FROM {{stage}} AS s " +
               $"WHERE i.{i[Municipality]} = @m AND i.{i[Id]} = s.{i[Id]} AND i.{i[nameof(Intervention.PlanId)]} IS NULL";
    }
}
