using System.Text.Json;
using System.Text.Json.Serialization;
using Mestring.Domain.FollowUps;
using Mestring.Registers.Operational;
using Mestring.Terminology;

namespace Mestring.Application.Registers;

/// <summary>What the load needs to know of a register intervention (an order) to link it and to snapshot it.</summary>
internal sealed record InterventionFacts(Guid Id, string ServiceCode, string LegalBasis, Guid ProviderId, string? Method, decimal UnitsPerWeek, decimal UnitPrice, string Status);

/// <summary>
/// Builds the plans of <see cref="OperationalRecords"/> through the domain's own constructors and rules (goals,
/// sections, completed follow-ups, the citizen's ratings, the first version with the snapshot the plan pages write),
/// against the interventions and assessments already in the database.
/// </summary>
internal sealed class OperationalPlanBuilder(Guid municipalityId, Dictionary<string, InterventionFacts> interventions, Dictionary<(Guid, DateOnly), Guid> assessments)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public List<FollowUp> FollowUps { get; } = [];
    public List<ProgressRating> Ratings { get; } = [];

    /// <summary>Per order: the intervention, its plan and its goals (the values of the links staging table).</summary>
    public List<object?[]> Links { get; } = [];

    /// <summary>
    /// The plan of one record (goals, sections, follow-ups, first version); the follow-ups, ratings and order links it
    /// makes are added to <see cref="FollowUps"/>, <see cref="Ratings"/> and <see cref="Links"/>.
    /// </summary>
    public Plan Build(CasePlan record, Guid citizenId)
    {
        var plan = new Plan(municipalityId, citizenId);
        var goals = new List<Goal>();
        foreach (var g in record.Goals)
        {
            if (!assessments.ContainsKey((citizenId, g.BaselineDate)))
            {
                throw new InvalidOperationException($"operational records: '{record.PersonId}' has no assessment on {g.BaselineDate:yyyy-MM-dd} for a goal's baseline");
            }
            var goal = plan.AddGoal(new GoalDraft(g.CitizenWords, g.ProfessionalText, Enum.Parse<GoalKind>(g.Kind), g.PrimaryConditionCode,
                g.SecondaryConditionCodes, g.BaselineLevel, g.TargetLevel, g.DueDate));
            plan.SetGoalStatus(goal.Id, Enum.Parse<GoalStatus>(g.Status));
            goals.Add(goal);
            if (g.CitizenRating is { } rating)
            {
                Ratings.Add(new ProgressRating(municipalityId, citizenId, goal.Id, rating, null, At(g.BaselineDate)));
            }
        }
        foreach (var s in record.Sections)
        {
            plan.SetSection(Enum.Parse<Sector>(s.Sector), s.Text, s.Responsible);
        }
        var snapshotInterventions = new List<object>();
        foreach (var o in record.Orders)
        {
            var facts = Intervention(o.ServiceId);
            var goalIds = o.Goals.Select(i => goals[i].Id).ToArray();
            Links.Add([facts.Id, plan.Id, goalIds]);
            snapshotInterventions.Add(new
            {
                facts.Id, facts.ServiceCode, facts.LegalBasis, facts.ProviderId, facts.Method, facts.UnitsPerWeek, facts.UnitPrice, facts.Status,
                GoalIds = goalIds,
            });
        }
        foreach (var f in record.FollowUps)
        {
            var followUp = new FollowUp(municipalityId, citizenId, plan.Id, Intervention(f.ServiceId).Id, f.DueDate);
            if (f.Decision is { } decision)
            {
                Guid? assessment = null;
                if (f.AssessmentDate is { } date)
                {
                    assessment = assessments.TryGetValue((citizenId, date), out var id) ? id
                        : throw new InvalidOperationException($"operational records: '{record.PersonId}' has no assessment on {date:yyyy-MM-dd} for a follow-up");
                }
                followUp.Complete(Enum.Parse<FollowUpDecisionKind>(decision), f.Note, null, assessment, OperationalRecordsImporter.Author, At(f.DueDate));
            }
            FollowUps.Add(followUp);
            // The citizen's own rating at the follow-up belongs to the goal the order serves.
            if (f.CitizenRating is { } rating && record.Orders.FirstOrDefault(o => o.ServiceId == f.ServiceId) is { Goals: [var goalIndex, ..] })
            {
                Ratings.Add(new ProgressRating(municipalityId, citizenId, goals[goalIndex].Id, rating, null, At(f.DueDate), followUp.Id));
            }
        }
        if (record.NextFollowUp is { } next)
        {
            plan.ScheduleFollowUp(next);
        }
        // The first version's snapshot has the shape the plan pages write (goals, sections, interventions, network).
        var snapshot = JsonSerializer.Serialize(new
        {
            Goals = plan.Goals.Select(g => new
            {
                g.Id, g.CitizenWords, g.ProfessionalText, Kind = g.Kind.ToString(), g.PrimaryConditionCode, g.BaselineLevel, g.TargetLevel, g.DueDate,
                Status = g.Status.ToString(),
            }),
            Sections = plan.Sections.OrderBy(s => s.Sector).Select(s => new { s.Sector, s.Text, s.Responsible }),
            Interventions = snapshotInterventions,
            Network = Array.Empty<object>(),
        }, SnapshotJson);
        plan.Commit(At(record.Created), OperationalRecordsImporter.Author, "Handleplan oprettet", snapshot);
        return plan;
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private InterventionFacts Intervention(string serviceId) =>
        interventions.TryGetValue(serviceId, out var facts) ? facts
            : throw new InvalidOperationException($"operational records: unknown service_id '{serviceId}' (not in the database)");
}
