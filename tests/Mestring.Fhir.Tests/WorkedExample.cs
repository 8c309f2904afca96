using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Domain.Providers;
using Mestring.Terminology;

namespace Mestring.Fhir.Tests;

/// <summary>
/// The guide's worked example (Børge Mogensen, example.md and KLReportingFFBExample.fsh) as Mestring data: the
/// udredning of 28/5-2021 with its 15 FFB conditions, the three goals, støttebehov 1, the two tilbud with three ydelser
/// and their målgrupper, and the follow-up planned for 29/8-2021 — reported as the delivery of 29/5-2021.
/// </summary>
internal static class WorkedExample
{
    public static readonly Guid Municipality = new("11111111-2222-3333-4444-555555555555");
    public const string Sts = "d4e3f4fb-6761-4d6c-9086-74c49231f11e";
    public static readonly DateOnly Day = new(2021, 5, 29);
    public static readonly DateTimeOffset Timestamp = new(2021, 5, 29, 17, 13, 41, TimeSpan.Zero);

    // The example's codes (KLReportingFFBExample.fsh), by the example's names.
    public const string SamspilOgKontakt = "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7";
    public const string VaretageBeskaeftigelse = "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d";
    public const string Spise = "464a2ab6-a7df-4b3a-b74d-7873f4cfe668";
    public const string KoebeInd = "01770afa-cd17-41fe-a966-b8895e4d55d8";
    public const string FaerdesMedTransportmidler = "eff3385d-01fa-4c9c-9850-52e179243f21";
    public static readonly string[] FunctionsAndEnvironment =
    [
        "4934e45a-0f93-4c23-a767-2b681378700b", "ef4271c4-f942-4194-a2b0-e9a7045eab22", "b93216fa-3843-4a7e-85bc-e3ef35a1967f",
        "9959e779-e8ee-47e8-989b-bbff4aae2883", "e6f82424-da5a-41d1-bd1a-5796aa79d5f2", "f5b8e809-7689-4952-838c-a069c99408b3",
        "52efa2e9-e0dc-41eb-8c01-9865e2fdebae", "7a8f247b-baf8-4552-95bb-acf8ef004b74", "83342ff3-5f2e-4914-b045-e98357685866",
        "df194a84-6e4b-4f14-a194-d8d9d9a1fcad",
    ];
    public const string DailyTasks = "638f44df-6bf2-47f8-9935-b8fdc83e5bf5";
    public const string HealthyLiving = "3c1639d0-e486-43c6-8add-448b8aff4b8f";
    public const string SocialActivity = "7e419926-bb04-4829-99c9-95ea20403c2c";
    public const string LongTermHousing = "498fe92c-d7f7-41cd-9404-5b38fe113be0";
    public const string ActivityOffer = "9401777d-bdc5-4f52-9804-63c8cae9a792";
    public const string OtherDevelopmentalDisorder = "5cfc9530-a193-4f66-9981-3b980ee9ea7b";
    public const string SuicidalThoughts = "5e95db73-4d16-4084-93a3-595c0650b160";

    public static FfbDelivery Delivery => new(Day, Timestamp, Sts);

    public static FfbCitizenRecord Record()
    {
        var citizen = Citizen.Register(Municipality, "P-boerge", "0101814321", "Børge Mogensen");
        var items = FunctionsAndEnvironment.Select(c => new AssessmentItem(c, null, null)).Concat(
        [
            new AssessmentItem(SamspilOgKontakt, 2, 1), new AssessmentItem(VaretageBeskaeftigelse, 1, null), new AssessmentItem(Spise, 3, null),
            new AssessmentItem(KoebeInd, 2, null), new AssessmentItem(FaerdesMedTransportmidler, 3, null),
        ]).ToList();
        var assessment = Assessment.Record(Municipality, citizen.Id, new DateOnly(2021, 5, 28), Day, "visitator", items, FfbBranches.Default.IsCondition);

        var plan = new Plan(Municipality, citizen.Id);
        var due = new DateOnly(2021, 8, 29);
        plan.AddGoal(new GoalDraft("Fastholde kontakt", "Fagligt mål", GoalKind.Maintain, SamspilOgKontakt, [VaretageBeskaeftigelse, FaerdesMedTransportmidler], 2, 1, due));
        plan.AddGoal(new GoalDraft("Selv købe ind", "Fagligt mål", GoalKind.Develop, KoebeInd, [], 2, 0, due));
        plan.AddGoal(new GoalDraft("Kunne spise", "Fagligt mål", GoalKind.LimitLoss, Spise, [], 3, 3, due));
        plan.ScheduleFollowUp(due);
        plan.Commit(new DateTimeOffset(2021, 5, 29, 12, 13, 41, TimeSpan.Zero), "visitator", "Indsatsmål", "{}");

        var housing = new Provider(Municipality, "T1", "Solstrålen", Ownership.Public, "Almindeligt længerevarende botilbud til voksne", 20, 2);
        var activity = new Provider(Municipality, "T2", "Måneskinnet", Ownership.Public, "Aktivitets- og samværstilbud", 30, 1);
        Intervention Order(string service, Provider provider, string targetGroup, string legalBasis)
        {
            var order = new InterventionOrder(service, legalBasis, Sector.Social, provider.Id, null, 5, ServiceUnit.Hour, 450m, Day, null, []);
            var intervention = Intervention.FromRegister(Municipality, citizen.Id, $"{service}-{provider.ExternalId}", order, Day, targetGroup);
            return intervention;
        }
        var interventions = new List<Intervention>
        {
            Order(DailyTasks, housing, OtherDevelopmentalDisorder, "SEL-108"),
            Order(HealthyLiving, housing, SuicidalThoughts, "SEL-108"),
            Order(SocialActivity, activity, OtherDevelopmentalDisorder, "SEL-104"),
        };
        var followUp = new FollowUp(Municipality, citizen.Id, plan.Id, null, due);
        return new FfbCitizenRecord(citizen, [assessment], [plan], interventions,
            new Dictionary<Guid, Provider> { [housing.Id] = housing, [activity.Id] = activity }, [followUp]);
    }

    /// <summary>The same intervention (same id), withdrawn: a register row cannot be cancelled, so its status is set as the store would hold it.</summary>
    public static void Cancel(Intervention i) =>
        typeof(Intervention).GetProperty(nameof(Intervention.Status))!.SetValue(i, InterventionStatus.Cancelled);
}
