using Mestring.Application.Steering;
using Mestring.Data;
using Mestring.Data.Auditing;
using Mestring.Data.Database;
using Mestring.Data.Steering;
using Mestring.Domain.Common;
using Mestring.Terminology;
using Mestring.Domain.Interventions;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Tests.Steering;

/// <summary>
/// The steering store on a small generated municipality: the full build against totals computed straight from the
/// interventions, and the incremental refresh — one citizen's change touches only that citizen's cells and ends where a
/// full rebuild ends.
/// </summary>
public sealed class SteeringStoreTests
{
    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Build_matches_the_casework_and_one_citizens_change_refreshes_only_their_cells(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededMunicipality.LoadAsync(database.ConnectionString, inhabitants: 3000, years: 6, seed: 3);
        var settings = DatabaseSettings.FromConnectionString(database.ConnectionString);
        await using var db = MestringDbContextFactory.Create(settings, actor: new SystemActor("steering test"));
        var municipality = (await db.Municipalities.SingleAsync()).Id;
        var clock = TimeProvider.System;
        var year = clock.TodayInDenmark().Year;

        // The seed's bulk load marked the whole municipality: the first refresh is a full build.
        Assert.True(await db.Set<SteeringDirty>().AnyAsync(d => d.CitizenId == Guid.Empty));
        var refresh = new SteeringRefresh(db, clock);
        var built = await refresh.RefreshAsync(municipality, CancellationToken.None);
        Assert.True(built.FullRebuild);
        Assert.False(await refresh.IsStaleAsync(municipality, CancellationToken.None));

        // Totals per year computed directly from the interventions (independently of the fact builder's grouping).
        var interventions = await db.Interventions.AsNoTracking()
            .Where(i => i.Status == InterventionStatus.Active || i.Status == InterventionStatus.Ended).ToListAsync();
        var cells = await Cells(db);
        Assert.True(cells.Count > 50, "the generated municipality should give many cells");
        foreach (var y in Enumerable.Range(year - 4, 5))
        {
            var running = interventions.Select(i => (i, Days: Days(i, y, year))).Where(x => x.Days > 0).ToList();
            var spending = running.Sum(x => decimal.Round(SteeringFactBuilder.WeeklyCost(x.i.Unit, x.i.UnitsPerWeek, x.i.UnitPrice) * x.Days / 7m, 2));
            var citizens = running.Select(x => x.i.CitizenId).Distinct().Count();
            var cell = cells.GetValueOrDefault((y, SteeringCuts.Total, ""));
            Assert.Equal(citizens, cell?.Citizens ?? 0);
            Assert.Equal(spending, cell?.Spending ?? 0);
            var sel85 = running.Where(x => x.i.LegalBasis == "SEL-85").Select(x => x.i.CitizenId).Distinct().Count();
            Assert.Equal(sel85, cells.GetValueOrDefault((y, SteeringCuts.Basis, "SEL-85"))?.Citizens ?? 0);
            // Area is one per citizen, so its cells add up to the total.
            Assert.Equal(cell?.Spending ?? 0, cells.Values.Where(c => c.Year == y && c.Cut == SteeringCuts.Area).Sum(c => c.Spending));
        }
        var openFollowUps = await db.FollowUps.CountAsync(f => f.CompletedAt == null);
        Assert.Equal(openFollowUps, cells.Values.Where(c => c.Cut == SteeringCuts.FollowUpDue).Sum(c => c.Items));

        // Change one citizen: an active intervention that started two or more years ago ends ten days after its start.
        var target = await db.Interventions.Where(i => i.Status == InterventionStatus.Active && i.Start.Year <= year - 2).OrderBy(i => i.Id).FirstAsync();
        var oldFacts = await db.Set<SteeringFact>().AsNoTracking().Where(f => f.CitizenId == target.CitizenId).Select(f => new { f.Year, f.Cut, f.Key }).ToListAsync();
        target.Finish(target.Start.AddDays(10), FollowUpDecisionKind.End);
        await db.SaveChangesAsync();
        Assert.Equal([target.CitizenId], await db.Set<SteeringDirty>().Select(d => d.CitizenId).ToListAsync());

        var step = await refresh.RefreshAsync(municipality, CancellationToken.None);
        Assert.False(step.FullRebuild);
        Assert.Equal(1, step.Citizens);
        var after = await Cells(db);
        var newFacts = await db.Set<SteeringFact>().AsNoTracking().Where(f => f.CitizenId == target.CitizenId).Select(f => new { f.Year, f.Cut, f.Key }).ToListAsync();
        var theirs = oldFacts.Concat(newFacts).Select(f => (f.Year, f.Cut, f.Key)).ToHashSet();
        var changed = cells.Keys.Union(after.Keys).Where(k => !Same(cells.GetValueOrDefault(k), after.GetValueOrDefault(k))).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, k => Assert.Contains(k, theirs));
        Assert.True(after[(year, SteeringCuts.Total, "")].Spending < cells[(year, SteeringCuts.Total, "")].Spending, "ending support early lowers this year's spending");

        // The incremental result equals a full rebuild.
        db.Set<SteeringDirty>().Add(new SteeringDirty(municipality, Guid.Empty));
        await db.SaveChangesAsync();
        Assert.True((await refresh.RefreshAsync(municipality, CancellationToken.None)).FullRebuild);
        var rebuilt = await Cells(db);
        Assert.Equal(rebuilt.Count, after.Count);
        Assert.All(rebuilt, kv => Assert.True(Same(kv.Value, after.GetValueOrDefault(kv.Key)), $"cell {kv.Key} differs after the rebuild"));
    }

    private static async Task<Dictionary<(int Year, string Cut, string Key), SteeringCell>> Cells(MestringDbContext db) =>
        (await db.Set<SteeringCell>().AsNoTracking().ToListAsync()).ToDictionary(c => (c.Year, c.Cut, c.Key));

    private static bool Same(SteeringCell? a, SteeringCell? b) =>
        (a is null && b is null) || (a is not null && b is not null && a.Citizens == b.Citizens && a.Spending == b.Spending
            && a.Items == b.Items && a.ItemsMet == b.ItemsMet && a.Progress == b.Progress);

    private static int Days(Intervention i, int year, int buildYear)
    {
        var end = i.End ?? new DateOnly(buildYear, 12, 31);
        var from = i.Start > new DateOnly(year, 1, 1) ? i.Start : new DateOnly(year, 1, 1);
        var to = end < new DateOnly(year, 12, 31) ? end : new DateOnly(year, 12, 31);
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }
}
