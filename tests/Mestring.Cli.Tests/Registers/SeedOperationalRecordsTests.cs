using Mestring.Data;
using Mestring.Data.Database;
using Mestring.Domain.Citizens;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Registers;
using Mestring.Synthetic;
using Mestring.TestSupport;
using Mestring.Terminology;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Registers;

/// <summary>
/// <c>mestring seed</c> writes the operational case records (identity, team, plan, goals, orders, follow-ups) for the
/// citizens with current or recent services, consistent with the register rows, deterministically — and the register
/// tables stay exactly the generator's extract.
/// </summary>
public sealed class SeedOperationalRecordsTests : IDisposable
{
    private static readonly GeneratorOptions Options = new() { Inhabitants = 3000, Years = 4, Seed = 5 };
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-seed-ops-").FullName;

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Seed_WritesConsistentPlansGoalsOrdersAndFollowUps_Deterministically(TestDb provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        foreach (var database in new[] { first, second })
        {
            var run = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "4", "--seed", "5", "--database", database.ConnectionString);
            Assert.True(run.Code == 0, run.Error);
            Assert.Contains("operational records:", run.Output, StringComparison.Ordinal);
        }

        var generated = SyntheticMunicipality.Generate(Options);
        var services = generated.Services().ToDictionary(s => s.ServiceId, StringComparer.Ordinal);
        var levels = generated.Assessments().ToDictionary(a => (a.PersonId, a.Date, a.FfbConditionCode), a => a.FunctionLevel);
        var expected = generated.Operational();
        Assert.NotEmpty(expected.Plans);

        await using var db = Open(first);
        var citizens = await db.Citizens.ToDictionaryAsync(c => c.Id);
        var plans = await db.Plans.ToListAsync();
        var goals = await db.Goals.ToDictionaryAsync(g => g.Id);
        var interventions = await db.Interventions.ToListAsync();
        var followUps = await db.FollowUps.ToListAsync();
        var assessments = await db.Assessments.ToDictionaryAsync(a => a.Id);
        var providers = await db.Providers.ToDictionaryAsync(p => p.Id);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id);

        Assert.Equal(expected.Plans.Count, plans.Count);
        Assert.Equal(expected.Plans.Sum(p => p.Goals.Count), goals.Count);
        // The first §95 follow-ups of the children's cases (docs/children.md) come on top of the plans' own follow-ups.
        var childFollowUps = followUps.Where(f => f.Note == "Første opfølgning (Barnets Lov §95).").ToList();
        Assert.Equal((expected.Children ?? []).Count(c => c.FirstFollowUpAt is not null), childFollowUps.Count);
        Assert.All(childFollowUps, f => Assert.NotNull(f.CompletedAt));
        followUps = [.. followUps.Except(childFollowUps)];
        Assert.Equal(expected.Plans.Sum(p => p.FollowUps.Count), followUps.Count);
        Assert.Contains(followUps, f => f.CompletedAt is not null);
        Assert.Contains(followUps, f => f.CompletedAt is null);

        // Identity: a CPR that validates and agrees with birth date and sex, a name, a team — for every planned citizen, and no one else.
        var planned = plans.Select(p => p.CitizenId).ToHashSet();
        foreach (var c in citizens.Values)
        {
            if (!planned.Contains(c.Id))
            {
                Assert.Null(c.Cpr);
                continue;
            }
            var cpr = Cpr.Parse(c.Cpr!);
            Assert.Equal(c.BirthDate, cpr.BirthDate);
            Assert.Equal(c.Sex, cpr.Sex);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.True(c.TeamId is { } t && teams.ContainsKey(t));
        }
        Assert.Equal(planned.Count, citizens.Values.Where(c => c.Cpr is not null).Select(c => c.Cpr).Distinct().Count());

        // Goals: on Aktivitet-og-deltagelse conditions, baseline = the level of the citizen's assessment, target below it.
        var byPlan = plans.ToDictionary(p => p.Id);
        foreach (var g in goals.Values)
        {
            Assert.True(FfbBranches.Default.IsActivityAndParticipation(g.PrimaryConditionCode));
            Assert.True(g.BaselineLevel is not null);
            Assert.True(g.Kind == GoalKind.Maintain || g.TargetLevel < g.BaselineLevel);
            Assert.Equal(g.PlanId, byPlan.Values.Single(p => p.CitizenId == g.CitizenId).Id);
        }
        foreach (var plan in expected.Plans)
        {
            Assert.All(plan.Goals, g => Assert.Equal(levels[(plan.PersonId, g.BaselineDate, g.PrimaryConditionCode)], g.BaselineLevel));
        }
        Assert.Equal(
            expected.Plans.SelectMany(p => p.Goals.Select(g => $"{p.PersonId} {g.PrimaryConditionCode} {g.BaselineLevel} {g.TargetLevel}")).Order(StringComparer.Ordinal),
            goals.Values.Select(g => $"{citizens[g.CitizenId].PersonId} {g.PrimaryConditionCode} {g.BaselineLevel} {g.TargetLevel}").Order(StringComparer.Ordinal));

        // Orders: the register interventions themselves (never duplicated), linked to the plan; provider and service as in services.csv.
        Assert.Equal(services.Count, interventions.Count);
        var linked = interventions.Where(i => i.PlanId is not null).ToList();
        Assert.Equal(expected.Plans.Sum(p => p.Orders.Count), linked.Count);
        Assert.Contains(linked, i => i.Status == InterventionStatus.Active);
        foreach (var i in linked)
        {
            var service = services[i.ExternalId!];
            Assert.Equal(service.ProviderId, providers[i.ProviderId].ExternalId);
            Assert.Equal(service.FfbServiceCode, i.ServiceCode);
            Assert.Equal(service.PersonId, citizens[i.CitizenId].PersonId);
            Assert.Equal(byPlan[i.PlanId!.Value].CitizenId, i.CitizenId);
            Assert.All(i.GoalIds, id => Assert.Equal(i.PlanId, goals[id].PlanId));
        }
        Assert.All(interventions.Where(i => i.Status == InterventionStatus.Active && planned.Contains(i.CitizenId)), i => Assert.NotNull(i.PlanId));

        // Follow-ups: completed ones rest on the follow-up assessment of that day, which rates the goal's condition.
        foreach (var f in followUps)
        {
            var intervention = interventions.Single(i => i.Id == f.InterventionId);
            Assert.Equal(f.PlanId, intervention.PlanId);
            if (f.CompletedAt is null)
            {
                Assert.True(intervention.Status == InterventionStatus.Active || intervention.End >= f.DueDate);
                continue;
            }
            var assessment = assessments[f.AssessmentId!.Value];
            Assert.Equal(f.DueDate, assessment.Date);
            Assert.Equal(f.CitizenId, assessment.CitizenId);
            Assert.Contains(assessment.Items, item => intervention.GoalIds.Any(id => goals[id].PrimaryConditionCode == item.ConditionCode));
            Assert.Equal(intervention.End == f.DueDate ? FollowUpDecisionKind.End : FollowUpDecisionKind.Continue, f.Decision);
        }
        Assert.All(plans, p => Assert.Equal(1, p.Version));
        Assert.Equal(plans.Count, await db.PlanVersions.CountAsync());

        // The citizen's own ratings (1–10): one at each goal's baseline, one at each rated follow-up, on that goal.
        var ratings = await db.ProgressRatings.ToListAsync();
        Assert.Equal(
            expected.Plans.Sum(p => p.Goals.Count(g => g.CitizenRating is not null) + p.FollowUps.Count(f => f.CitizenRating is not null)),
            ratings.Count);
        Assert.NotEmpty(ratings);
        Assert.All(ratings, r => Assert.InRange(r.Rating, 1, 10));
        Assert.All(ratings, r => Assert.Equal(goals[r.GoalId].CitizenId, r.CitizenId));
        Assert.All(ratings.Where(r => r.FollowUpId is not null), r => Assert.Equal(
            DateOnly.FromDateTime(r.At.UtcDateTime), followUps.Single(f => f.Id == r.FollowUpId).DueDate));

        // Deterministic per seed: the second database holds the same identities, goals and follow-ups.
        await using var other = Open(second);
        Assert.Equal(await Fingerprint(db), await Fingerprint(other));

        // The register extract is unchanged by the operational records.
        var exported = Path.Combine(_folder, "exported");
        var reference = Path.Combine(_folder, "generated");
        generated.WriteFolder(reference);
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exported, "--database", first.ConnectionString)).Code);
        foreach (var file in RegisterExtractFolder.LoadOrder)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(reference, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(exported, file))), file);
        }

        // Seeding again writes no second plan, goal or follow-up.
        var again = await MestringCli.RunAsync("seed", "--inhabitants", "3000", "--years", "4", "--seed", "5", "--database", first.ConnectionString);
        Assert.True(again.Code == 0, again.Error);
        await using var after = Open(first);
        Assert.Equal(plans.Count, await after.Plans.CountAsync());
        Assert.Equal(goals.Count, await after.Goals.CountAsync());
        Assert.Equal(followUps.Count + childFollowUps.Count, await after.FollowUps.CountAsync());
    }

    private static async Task<List<string>> Fingerprint(MestringDbContext db)
    {
        var people = await db.Citizens.ToDictionaryAsync(c => c.Id, c => c.PersonId);
        var identities = (await db.Citizens.Where(c => c.Cpr != null).ToListAsync()).Select(c => $"{c.PersonId} {c.Cpr} {c.Name}");
        var goals = (await db.Goals.ToListAsync()).Select(g => $"{people[g.CitizenId]} {g.PrimaryConditionCode} {g.BaselineLevel} {g.TargetLevel} {g.DueDate:yyyy-MM-dd} {g.Status}");
        var followUps = (await db.FollowUps.ToListAsync()).Select(f => $"{people[f.CitizenId]} {f.DueDate:yyyy-MM-dd} {f.Decision} {f.CompletedAt is not null}");
        return [.. identities.Concat(goals).Concat(followUps).Order(StringComparer.Ordinal)];
    }

    private static MestringDbContext Open(TestDatabase database) =>
        MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(database.ConnectionString));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
