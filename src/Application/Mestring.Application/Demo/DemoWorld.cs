using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.Consents;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Organisation;
using Mestring.Domain.Providers;
using Mestring.Terminology;
using Mestring.Application.Plans;

namespace Mestring.Application.Demo;

/// <summary>The demo municipality's people, providers and plans — fictional, but shaped like real cases.</summary>
/// <param name="today">The Danish calendar day the storylines are dated around.</param>
internal sealed class DemoWorld(MestringDbContext db, DateOnly today)
{
    public const string Caseworker1 = "caseworker1";
    public const string Caseworker2 = "caseworker2";
    /// <summary>Attached to a team of the generated population (<see cref="DemoPopulation"/>).</summary>
    public const string Caseworker3 = "caseworker3";
    /// <summary>The people behind the demo logins, as pages and logs name them.</summary>
    public const string Caseworker1Name = "Mette Hansen";
    public const string Caseworker2Name = "Jonas Kristensen";
    public const string Provider1StaffName = "Bo Andersen";

    public Municipality Municipality { get; private set; } = null!;
    public Team TeamNorth { get; private set; } = null!;
    public Team TeamSouth { get; private set; } = null!;
    public Provider Provider1 { get; private set; } = null!;
    public Citizen Citizen1 { get; private set; } = null!;
    /// <summary>The children's case of the demo (Noah Berg).</summary>
    public Citizen Child { get; private set; } = null!;
    public int CitizenCount { get; private set; }

    private readonly List<Provider> _providers = [];
    private DateOnly Today => today;
    private static FfbBranches Ffb => FfbBranches.Default;

    private readonly List<(Plan Plan, DateTimeOffset At, string By)> _plans = [];

    public async Task BuildAsync(CancellationToken ct)
    {
        Municipality = new Municipality("999", "Demo Kommune");
        db.Municipalities.Add(Municipality);
        TeamNorth = new Team(Municipality.Id, "Voksenteam Nord");
        TeamSouth = new Team(Municipality.Id, "Børn og unge Syd");
        db.Teams.AddRange(TeamNorth, TeamSouth);
        AddProviders();
        AddCitizens();
        // Each plan's first version is the plan pages' own snapshot, taken once everything in it is in place.
        foreach (var (plan, at, by) in _plans)
        {
            plan.Commit(at, by, "Handleplan oprettet", await new PlanSnapshots(db).TakeAsync(plan, ct));
        }
    }

    private void AddProviders()
    {
        Provider Add(string id, string name, Ownership ownership, string type, int capacity, int level, string cvr)
        {
            var p = new Provider(Municipality.Id, id, name, ownership, type, capacity, level);
            p.Update(name, cvr, ownership, type, capacity, level);
            _providers.Add(p);
            db.Providers.Add(p);
            return p;
        }
        Provider1 = Add("T1001", "Bostøtten Nord", Ownership.Public, "mobilt", 60, 1, "29189919");
        Add("T1002", "Botilbuddet Engly", Ownership.SelfGoverning, "botilbud", 24, 2, "31245687");
        Add("T1003", "Værestedet Broen", Ownership.Public, "dagtilbud", 40, 1, "29189919");
        Add("T1004", "Familiehuset Solsikken", Ownership.Private, "mobilt", 30, 2, "38456721");
        Add("T1005", "Herberget Havnen", Ownership.SelfGoverning, "herberg", 35, 2, "27654398");
    }

    private void AddCitizens()
    {
        Citizen1 = Person("D0001", "1505921234", "Sara Jensen", TeamNorth, Caseworker1, "Nordbyen");
        FullPlan(Citizen1);
        var peter = Person("D0002", "0303854321", "Peter Holm", TeamNorth, Caseworker1, "Nordbyen");
        SimplePlan(peter, "Jeg vil kunne klare min økonomi selv", "Samfundsliv", "Varetage økonomi", 3, 1, "SEL-85", _providers[0], "Støtte til administration", Today.AddDays(-10));
        var amira = Person("D0003", "2208992788", "Amira Hassan", TeamNorth, null, "Midtbyen");
        SimplePlan(amira, "Jeg vil have venner at ses med", "Relationer", "Deltage i sociale fællesskaber og fritidsaktiviteter", 3, 2, "SEL-104", _providers[2], "Social aktivitet", Today.AddDays(20));
        var lars = Person("D0004", "1107784411", "Lars Nielsen", TeamNorth, Caseworker1, "Havnen");
        SimplePlan(lars, "Jeg vil have mit eget sted at bo", "Samfundsliv", "Varetage bolig", 4, 2, "SEL-107", _providers[1], "Midlertidigt ophold", Today.AddDays(-3));
        var mother = Person("D0005", "0412884562", "Camilla Berg", TeamSouth, Caseworker2, "Sydbyen");
        var child = Person("D0006", "1903134234", "Noah Berg", TeamSouth, Caseworker2, "Sydbyen");
        child.SetParents(mother.Id, null);
        SimplePlan(child, "Jeg vil gerne i skole hver dag", "Samfundsliv", "Varetage uddannelse", 2, 1, "BL-32", _providers[3], "Støtte til uddannelse", Today.AddDays(30));
        Child = child;
        DemoChildren.Add(db, Municipality.Id, child, Today);
        var ole = Person("D0007", "2701672533", "Ole Mortensen", TeamSouth, Caseworker2, "Havnen");
        SimplePlan(ole, "Jeg vil ikke sove på gaden", "Samfundsliv", "Varetage bolig", 4, 3, "SEL-110", _providers[4], "Akut ophold", Today.AddDays(5));
        CitizenCount = 7;
    }

    private Citizen Person(string personId, string cpr, string name, Team team, string? caseworker, string area)
    {
        var citizen = Citizen.Register(Municipality.Id, personId, cpr, name);
        citizen.AssignTo(caseworker, team.Id);
        citizen.SetArea(area);
        db.Citizens.Add(citizen);
        return citizen;
    }

    private static string Condition(string group, string name) =>
        FfbCodeSystem.Default.ChildNamed(FfbCodeSystem.Default.ChildNamed(Ffb.ActivityAndParticipation.Code, group).Code, name).Code;

    private static string Service(string display) =>
        FfbCodeSystem.Default.DescendantsOf(Ffb.Services.Code).First(c => c.Display == display).Code;

    private void FullPlan(Citizen citizen)
    {
        var start = Today.AddMonths(-7);
        var household = Condition("Praktiske opgaver", "Lave mad");
        var economy = Condition("Samfundsliv", "Varetage økonomi");
        var relations = Condition("Relationer", "Deltage i sociale fællesskaber og fritidsaktiviteter");
        Assess(citizen, start, (household, 3), (economy, 3), (relations, 2));
        Assess(citizen, Today.AddMonths(-1), (household, 2), (economy, 2), (relations, 2));

        var plan = new Plan(Municipality.Id, citizen.Id);
        db.Plans.Add(plan);
        var cook = plan.AddGoal(new GoalDraft("Jeg vil kunne lave min egen aftensmad", "Sara udvikler sin evne til at planlægge og tilberede måltider selvstændigt",
            GoalKind.Develop, household, [], 3, 1, Today.AddMonths(5)));
        var money = plan.AddGoal(new GoalDraft("Jeg vil have styr på mine regninger", "Sara betaler faste udgifter rettidigt med let støtte",
            GoalKind.Develop, economy, [Condition("Samfundsliv", "Håndtere post")], 3, 1, Today.AddMonths(8)));
        plan.SetSection(Sector.Social, "Socialpædagogisk støtte i eget hjem, 4 timer om ugen (SEL §85).", "Bostøtten Nord");
        plan.SetSection(Sector.Employment, "Ressourceforløb med mentor fra jobcentret.", "Jobcenter Demo");
        plan.SetSection(Sector.Health, "Egen læge følger medicinen hver 3. måned.", "Egen læge");
        var order = new InterventionOrder(Service("Støtte til daglige opgaver i hjemmet"), "SEL-85", Sector.Social, Provider1.Id, "Recovery-orienteret bostøtte",
            4m, ServiceUnit.Hour, 520m, start.AddDays(14), null, [cook.Id, money.Id]);
        var intervention = new Intervention(Municipality.Id, citizen.Id, plan.Id, order, Caseworker1Name, At(start.AddDays(7)));
        intervention.Accept(At(start.AddDays(9)));
        db.Interventions.Add(intervention);
        db.NetworkContributions.Add(new NetworkContribution(Municipality.Id, citizen.Id, plan.Id, "Hanne Jensen (mor)", ContributorKind.FamilyMember,
            "Laver mad sammen med Sara hver søndag", cook.Id, null));
        db.Consents.Add(new Consent(Municipality.Id, citizen.Id, "Dele mål og aftaler om madlavning", "Hanne Jensen (mor)", At(start), null));
        db.ProgressRatings.Add(new ProgressRating(Municipality.Id, citizen.Id, cook.Id, 3, "Svært at komme i gang", At(start.AddDays(30))));
        db.ProgressRatings.Add(new ProgressRating(Municipality.Id, citizen.Id, cook.Id, 6, "Jeg laver mad tre gange om ugen", At(Today.AddMonths(-1))));
        db.ProgressNotes.Add(new ProgressNote(Municipality.Id, citizen.Id, intervention.Id, cook.Id, "Planlagde ugens måltider og handlede ind sammen.", 4m, Provider1StaffName, At(Today.AddDays(-6))));
        var followUp = new FollowUp(Municipality.Id, citizen.Id, plan.Id, intervention.Id, Today.AddMonths(-1));
        followUp.Complete(FollowUpDecisionKind.Continue, "God udvikling; fortsæt med samme støtte.", "Sara er motiveret.", null, Caseworker1Name, At(Today.AddMonths(-1)));
        db.FollowUps.Add(followUp);
        db.FollowUps.Add(new FollowUp(Municipality.Id, citizen.Id, plan.Id, intervention.Id, Today.AddMonths(2)));
        plan.ScheduleFollowUp(Today.AddMonths(2));
        _plans.Add((plan, At(start.AddDays(7)), Caseworker1Name));
    }

    private void SimplePlan(Citizen citizen, string words, string group, string conditionName, int baseline, int target, string legalBasis, Provider provider, string service, DateOnly followUp)
    {
        var condition = Condition(group, conditionName);
        var start = Today.AddMonths(-4);
        Assess(citizen, start, (condition, baseline));
        var plan = new Plan(Municipality.Id, citizen.Id);
        db.Plans.Add(plan);
        var goal = plan.AddGoal(new GoalDraft(words, words, GoalKind.Develop, condition, [], baseline, target, Today.AddMonths(6)));
        var sector = legalBasis.StartsWith("BL", StringComparison.Ordinal) ? Sector.Children : Sector.Social;
        var (unit, units, price) = legalBasis switch
        {
            "SEL-107" => (ServiceUnit.Day, 7m, 2150m),
            "SEL-110" => (ServiceUnit.Day, 7m, 1200m),
            "SEL-104" => (ServiceUnit.Day, 3m, 450m),
            _ => (ServiceUnit.Hour, 3m, 540m),
        };
        var intervention = new Intervention(Municipality.Id, citizen.Id, plan.Id,
            new InterventionOrder(Service(service), legalBasis, sector, provider.Id, null, units, unit, price, start.AddDays(10), null, [goal.Id]),
            CaseworkerOf(citizen), At(start.AddDays(5)));
        intervention.Accept(At(start.AddDays(8)));
        db.Interventions.Add(intervention);
        db.FollowUps.Add(new FollowUp(Municipality.Id, citizen.Id, plan.Id, intervention.Id, followUp));
        plan.ScheduleFollowUp(followUp);
        _plans.Add((plan, At(start.AddDays(5)), CaseworkerOf(citizen)));
    }

    private void Assess(Citizen citizen, DateOnly date, params (string Code, int Level)[] levels)
    {
        var assessment = new Assessment(Municipality.Id, citizen.Id, date, CaseworkerOf(citizen));
        foreach (var (code, level) in levels)
        {
            assessment.Rate(code, level, Math.Max(0, level - 1), Ffb.IsCondition);
        }
        db.Assessments.Add(assessment);
    }

    // The person who does the casework: the citizen's own caseworker, or the team's caseworker when none is assigned.
    private string CaseworkerOf(Citizen citizen) => citizen.TeamId == TeamSouth.Id ? Caseworker2Name : Caseworker1Name;

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
