using Mestring.Data.Bulk;
using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;
using Mestring.Domain.Registers;
using Microsoft.EntityFrameworkCore.Metadata;
using static Mestring.Application.Registers.EntityColumns;

namespace Mestring.Application.Registers;

/// <summary>
/// The upsert targets of the seven register files and their follow-up statements, with every table and column taken
/// from the EF model (entity property names, so a renamed property breaks the build or <see cref="MappedTable"/>).
/// The order of the columns is the order in which <see cref="RegisterExtractImporter"/> fills a row's values.
/// </summary>
internal sealed class RegisterTables
{

    /// <summary>The owned assessment item's key to its assessment (a shadow property of the model).</summary>
    public const string AssessmentIdProperty = "AssessmentId";

    public RegisterTables(IModel model)
    {
        CitizenTable = MappedTable.Of<Citizen>(model);
        ProviderTable = MappedTable.Of<Provider>(model);
        AssessmentTable = MappedTable.Of<Assessment>(model);
        InterventionTable = MappedTable.Of<Intervention>(model);
        Invoices = BulkTable.Of<Invoice>(model,
            [Municipality, nameof(Invoice.ExternalId), nameof(Invoice.ProviderId), nameof(Invoice.CitizenId), nameof(Invoice.InterventionId),
             nameof(Invoice.PeriodStart), nameof(Invoice.PeriodEnd), nameof(Invoice.Unit), nameof(Invoice.Units), nameof(Invoice.AmountDkk),
             nameof(Invoice.InvoiceDate)],
            [Municipality, nameof(Invoice.ExternalId)],
            [nameof(Invoice.ProviderId), nameof(Invoice.CitizenId), nameof(Invoice.InterventionId), nameof(Invoice.PeriodStart),
             nameof(Invoice.PeriodEnd), nameof(Invoice.Unit), nameof(Invoice.Units), nameof(Invoice.AmountDkk), nameof(Invoice.InvoiceDate)]);
        SupervisionScores = BulkTable.Of<SupervisionScore>(model,
            [Municipality, nameof(SupervisionScore.ProviderId), nameof(SupervisionScore.Date), nameof(SupervisionScore.Theme), nameof(SupervisionScore.Score),
             nameof(SupervisionScore.DateUnknown)],
            [Municipality, nameof(SupervisionScore.ProviderId), nameof(SupervisionScore.Date), nameof(SupervisionScore.Theme)],
            [nameof(SupervisionScore.Score), nameof(SupervisionScore.DateUnknown)]);
        Citizens = BulkTable.Of<Citizen>(model,
            [Id, Municipality, nameof(Citizen.PersonId), nameof(Citizen.BirthDate), nameof(Citizen.Sex), nameof(Citizen.DeathDate), nameof(Citizen.Area)],
            [Municipality, nameof(Citizen.PersonId)],
            [nameof(Citizen.BirthDate), nameof(Citizen.Sex), nameof(Citizen.DeathDate), nameof(Citizen.Area)],
            [new("mother_pid", ColumnKind.Text), new("father_pid", ColumnKind.Text), new("cpr", ColumnKind.Text)]);
        HouseholdYears = BulkTable.Of<HouseholdMembership>(model,
            [nameof(HouseholdMembership.CitizenId), nameof(HouseholdMembership.Year), Municipality, nameof(HouseholdMembership.HouseholdId), nameof(HouseholdMembership.Area)],
            [nameof(HouseholdMembership.CitizenId), nameof(HouseholdMembership.Year)],
            [nameof(HouseholdMembership.HouseholdId), nameof(HouseholdMembership.Area)]);
        PersonYears = BulkTable.Of<PersonYear>(model,
            [nameof(PersonYear.CitizenId), nameof(PersonYear.Year), Municipality, nameof(PersonYear.IncomeDkk), nameof(PersonYear.EducationIsced), nameof(PersonYear.Benefit)],
            [nameof(PersonYear.CitizenId), nameof(PersonYear.Year)],
            [nameof(PersonYear.IncomeDkk), nameof(PersonYear.EducationIsced), nameof(PersonYear.Benefit)]);
        string[] providerUpdates =
        [
            nameof(Provider.Name), nameof(Provider.Cvr), nameof(Provider.Ownership), nameof(Provider.OfferType), nameof(Provider.Capacity),
            nameof(Provider.SpecialisationLevel), nameof(Provider.CapacityUnknown), nameof(Provider.SpecialisationLevelUnknown),
            nameof(Provider.OwnerId), nameof(Provider.LeaderId), nameof(Provider.Quarantined),
        ];
        Providers = BulkTable.Of<Provider>(model,
            [Id, Municipality, nameof(Provider.ExternalId), .. providerUpdates],
            [Municipality, nameof(Provider.ExternalId)],
            providerUpdates, ProviderScoreStatements.StageColumns);
        ProviderScores = new ProviderScoreStatements(model, ProviderTable);
        Interventions = BulkTable.Of<Intervention>(model,
            [Id, Municipality, nameof(Intervention.CitizenId), nameof(Intervention.ExternalId), nameof(Intervention.ServiceCode),
             nameof(Intervention.LegalBasis), nameof(Intervention.Sector), nameof(Intervention.ProviderId), nameof(Intervention.Method),
             nameof(Intervention.UnitsPerWeek), nameof(Intervention.Unit), nameof(Intervention.UnitPrice), nameof(Intervention.Start),
             nameof(Intervention.End), nameof(Intervention.GoalIds), nameof(Intervention.Status), nameof(Intervention.OrderedBy),
             nameof(Intervention.OrderedAt), nameof(Intervention.TargetGroupCode), nameof(Intervention.SpecialisationLevel),
             nameof(Intervention.UnitsPerWeekUnknown), nameof(Intervention.UnitPriceUnknown)],
            [Municipality, nameof(Intervention.ExternalId)],
            [nameof(Intervention.CitizenId), nameof(Intervention.ServiceCode), nameof(Intervention.LegalBasis), nameof(Intervention.Sector),
             nameof(Intervention.ProviderId), nameof(Intervention.Method), nameof(Intervention.UnitsPerWeek), nameof(Intervention.Unit),
             nameof(Intervention.UnitPrice), nameof(Intervention.Start), nameof(Intervention.End), nameof(Intervention.Status),
             nameof(Intervention.OrderedAt), nameof(Intervention.TargetGroupCode), nameof(Intervention.SpecialisationLevel),
             nameof(Intervention.UnitsPerWeekUnknown), nameof(Intervention.UnitPriceUnknown)]);
        Events = BulkTable.Of<CitizenEvent>(model,
            [Municipality, nameof(CitizenEvent.CitizenId), nameof(CitizenEvent.Date), nameof(CitizenEvent.Type), nameof(CitizenEvent.Quantity), nameof(CitizenEvent.ProviderId)],
            [Municipality, nameof(CitizenEvent.CitizenId), nameof(CitizenEvent.Date), nameof(CitizenEvent.Type)],
            [nameof(CitizenEvent.Quantity), nameof(CitizenEvent.ProviderId)]);
        AssessmentItems = BulkTable.Of<AssessmentItem>(model,
            [AssessmentIdProperty, nameof(AssessmentItem.ConditionCode), nameof(AssessmentItem.FunctionLevel), nameof(AssessmentItem.SupportNeed)],
            [AssessmentIdProperty, nameof(AssessmentItem.ConditionCode)],
            [nameof(AssessmentItem.FunctionLevel), nameof(AssessmentItem.SupportNeed)],
            [new("new_assessment", ColumnKind.Bool), new("citizen_id", ColumnKind.Uuid), new("assessment_date", ColumnKind.Date)]);
    }

    public MappedTable CitizenTable { get; }
    public MappedTable ProviderTable { get; }
    public MappedTable AssessmentTable { get; }
    public MappedTable InterventionTable { get; }

    /// <summary>invoices.csv → invoices, key (municipality, invoice_id).</summary>
    public BulkTable Invoices { get; }

    /// <summary>supervision_assessments.csv → supervision_scores, key (municipality, provider, date, theme).</summary>
    public BulkTable SupervisionScores { get; }

    /// <summary>providers.csv's tilsyn_* columns → the undated supervision scores (follow-up statements).</summary>
    public ProviderScoreStatements ProviderScores { get; }

    /// <summary>persons.csv → citizens, key (municipality, person_id). Parents are resolved once the whole file is in.</summary>
    public BulkTable Citizens { get; }

    /// <summary>household_years.csv → household_years, key (citizen, year).</summary>
    public BulkTable HouseholdYears { get; }

    /// <summary>person_years.csv → person_years, key (citizen, year).</summary>
    public BulkTable PersonYears { get; }

    /// <summary>providers.csv → providers, key (municipality, provider_id).</summary>
    public BulkTable Providers { get; }

    /// <summary>services.csv → interventions (Intervention.FromRegister), key (municipality, service_id = ExternalId).</summary>
    public BulkTable Interventions { get; }

    /// <summary>events.csv → events, key (municipality, citizen, date, type).</summary>
    public BulkTable Events { get; }

    /// <summary>assessments.csv → assessment_items, key (assessment, condition); the assessment is (citizen, date).</summary>
    public BulkTable AssessmentItems { get; }

    private static string IsDistinct(bool postgres) => postgres ? "IS DISTINCT FROM" : "IS NOT";

    public string ResolveParents(bool postgres)
    {
        var c = CitizenTable;
        string Is(string column) => $"c.{c[column]} {IsDistinct(postgres)}";
        return $"UPDATE {c.Quoted} AS c SET {c[nameof(Citizen.MotherId)]} = m.{c[Id]}, {c[nameof(Citizen.FatherId)]} = f.{c[Id]} FROM {{stage}} AS s " +
               $"LEFT JOIN {c.Quoted} AS m ON m.{c[Municipality]} = @m AND m.{c[nameof(Citizen.PersonId)]} = s.mother_pid " +
               $"LEFT JOIN {c.Quoted} AS f ON f.{c[Municipality]} = @m AND f.{c[nameof(Citizen.PersonId)]} = s.father_pid " +
               $"WHERE c.{c[Municipality]} = @m AND c.{c[nameof(Citizen.PersonId)]} = s.{c[nameof(Citizen.PersonId)]} " +
               $"AND ({Is(nameof(Citizen.MotherId))} m.{c[Id]} OR {Is(nameof(Citizen.FatherId))} f.{c[Id]})";
    }

    /// <summary>
    /// persons.csv's optional cpr column (validated by the reader) → citizens.Cpr, only where the file gives one: a file
    /// without CPR never erases one stored operationally, and the register export never writes it.
    /// </summary>
    public string StoreCpr(bool postgres)
    {
        var c = CitizenTable;
        return $"UPDATE {c.Quoted} AS c SET {c[nameof(Citizen.Cpr)]} = s.cpr FROM {{stage}} AS s " +
               $"WHERE c.{c[Municipality]} = @m AND c.{c[nameof(Citizen.PersonId)]} = s.{c[nameof(Citizen.PersonId)]} " +
               $"AND s.cpr IS NOT NULL AND c.{c[nameof(Citizen.Cpr)]} {IsDistinct(postgres)} s.cpr";
    }

    public string CreateAssessments(bool postgres)
    {
        var a = AssessmentTable;
        return $"INSERT INTO {a.Quoted} ({a[Id]}, {a[Municipality]}, {a[nameof(Assessment.CitizenId)]}, {a[nameof(Assessment.Date)]}, {a[nameof(Assessment.AssessedBy)]}) " +
               $"SELECT DISTINCT {AssessmentItems.Mapped[AssessmentIdProperty]}, @m, citizen_id, assessment_date, 'register' FROM {{stage}} WHERE new_assessment" +
               (postgres ? "" : " = 1");
    }
}
