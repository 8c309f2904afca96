using Mestring.Data.Steering;

namespace Mestring.Application.Steering;

/// <summary>What a refresh did.</summary>
public sealed record RefreshReport(bool FullRebuild, int Citizens, int FactsWritten, int CellsTouched);

/// <summary>
/// Keeps the steering store current. The dirty markers (written with every change, <see cref="SteeringDirtyInterceptor"/>)
/// name the citizens to recompute: their old facts are subtracted from the cells and their new facts added, so a view
/// never recomputes the municipality. A bulk load, a provider's change, a new year or an empty store rebuild it in full.
/// Everything of one refresh commits together.
/// </summary>
public sealed class SteeringRefresh(MestringDbContext db, TimeProvider clock)
{
    private const int Chunk = 500;

    /// <summary>Whether the municipality has changes the store does not have yet.</summary>
    public async Task<bool> IsStaleAsync(Guid municipalityId, CancellationToken ct)
    {
        var state = await db.Set<SteeringState>().AsNoTracking().FirstOrDefaultAsync(s => s.MunicipalityId == municipalityId, ct);
        return state is null || state.BuiltForYear != clock.TodayInDenmark().Year
            || await db.Set<SteeringDirty>().AnyAsync(d => d.MunicipalityId == municipalityId, ct);
    }

    public async Task<RefreshReport> RefreshAsync(Guid municipalityId, CancellationToken ct)
    {
        var year = clock.TodayInDenmark().Year;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var state = await db.Set<SteeringState>().FirstOrDefaultAsync(s => s.MunicipalityId == municipalityId, ct);
            var marks = await db.Set<SteeringDirty>().AsNoTracking().Where(d => d.MunicipalityId == municipalityId)
                .Select(d => new { d.Id, d.CitizenId }).ToListAsync(ct);
            var upTo = marks.Count == 0 ? 0 : marks.Max(m => m.Id);
            // Claim the markers first: a refresh running at the same time then finds none of them to repeat.
            var claimed = await db.Set<SteeringDirty>().Where(d => d.MunicipalityId == municipalityId && d.Id <= upTo).ExecuteDeleteAsync(ct);
            if (claimed != marks.Count)
            {
                await tx.RollbackAsync(ct);
                return new RefreshReport(false, 0, 0, 0);
            }
            RefreshReport report;
            if (state is null || state.BuiltForYear != year || marks.Any(m => m.CitizenId == Guid.Empty))
            {
                report = await RebuildAsync(municipalityId, year, ct);
                if (state is null)
                {
                    db.Set<SteeringState>().Add(new SteeringState(municipalityId, year, clock.GetUtcNow()));
                }
                else
                {
                    state.Mark(year, clock.GetUtcNow());
                }
            }
            else
            {
                var citizens = marks.Select(m => m.CitizenId).Distinct().ToList();
                var facts = 0;
                var cells = 0;
                foreach (var chunk in citizens.Chunk(Chunk))
                {
                    var (f, c) = await UpdateCitizensAsync(municipalityId, chunk, year, ct);
                    facts += f;
                    cells += c;
                }
                state.Refreshed(clock.GetUtcNow());
                report = new RefreshReport(false, citizens.Count, facts, cells);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return report;
        });
    }

    private async Task<RefreshReport> RebuildAsync(Guid municipalityId, int year, CancellationToken ct)
    {
        await db.Set<SteeringFact>().Where(f => f.MunicipalityId == municipalityId).ExecuteDeleteAsync(ct);
        await db.Set<SteeringCell>().Where(c => c.MunicipalityId == municipalityId).ExecuteDeleteAsync(ct);
        var input = await SteeringInputLoader.LoadAsync(db, municipalityId, null, ct);
        var facts = Merge(SteeringFactBuilder.Build(input, year)).ToList();
        db.Set<SteeringFact>().AddRange(facts.Select(f => ToEntity(municipalityId, f)));
        var cells = facts.GroupBy(f => (f.Year, f.Cut, f.Key)).Select(g => new SteeringCell(municipalityId, g.Key.Year, g.Key.Cut, g.Key.Key)
            .With(g.Sum(f => f.Citizens), g.Sum(f => f.Spending), g.Sum(f => f.Items), g.Sum(f => f.ItemsMet), g.Sum(f => f.Progress))).ToList();
        db.Set<SteeringCell>().AddRange(cells);
        return new RefreshReport(true, input.Citizens.Count, facts.Count, cells.Count);
    }

    private async Task<(int Facts, int Cells)> UpdateCitizensAsync(Guid municipalityId, Guid[] citizens, int year, CancellationToken ct)
    {
        var old = await db.Set<SteeringFact>().AsNoTracking().Where(f => f.MunicipalityId == municipalityId && citizens.Contains(f.CitizenId)).ToListAsync(ct);
        var input = await SteeringInputLoader.LoadAsync(db, municipalityId, citizens, ct);
        var fresh = Merge(SteeringFactBuilder.Build(input, year)).Select(f => ToEntity(municipalityId, f)).ToList();
        await db.Set<SteeringFact>().Where(f => f.MunicipalityId == municipalityId && citizens.Contains(f.CitizenId)).ExecuteDeleteAsync(ct);
        db.Set<SteeringFact>().AddRange(fresh);
        var touched = old.Select(f => (f.Year, f.Cut, f.Key)).Concat(fresh.Select(f => (f.Year, f.Cut, f.Key))).ToHashSet();
        var cuts = touched.Select(t => t.Cut).Distinct().ToList();
        var keys = touched.Select(t => t.Key).Distinct().ToList();
        var years = touched.Select(t => t.Year).Distinct().ToList();
        var cells = (await db.Set<SteeringCell>().Where(c => c.MunicipalityId == municipalityId && cuts.Contains(c.Cut) && years.Contains(c.Year) && keys.Contains(c.Key))
            .ToListAsync(ct)).Where(c => touched.Contains((c.Year, c.Cut, c.Key))).ToDictionary(c => (c.Year, c.Cut, c.Key));
        foreach (var (facts, sign) in new[] { (old, -1), (fresh, 1) })
        {
            foreach (var fact in facts)
            {
                if (!cells.TryGetValue((fact.Year, fact.Cut, fact.Key), out var cell))
                {
                    cell = new SteeringCell(municipalityId, fact.Year, fact.Cut, fact.Key);
                    db.Set<SteeringCell>().Add(cell);
                    cells.Add((fact.Year, fact.Cut, fact.Key), cell);
                }
                cell.Apply(fact, sign);
            }
        }
        foreach (var empty in cells.Values.Where(c => c.IsEmpty))
        {
            db.Set<SteeringCell>().Remove(empty);
        }
        return (fresh.Count, touched.Count);
    }

    // One fact per citizen, year, cut and key (spending and progress of the same key arrive separately).
    private static IEnumerable<FactValue> Merge(IEnumerable<FactValue> facts) =>
        facts.GroupBy(f => (f.CitizenId, f.Year, f.Cut, f.Key)).Select(g => g.Count() == 1 ? g.First() : new FactValue(
            g.Key.CitizenId, g.Key.Year, g.Key.Cut, g.Key.Key, Math.Max(0, g.Max(f => f.Citizens)), g.Sum(f => f.Spending), g.Sum(f => f.Items), g.Sum(f => f.ItemsMet), g.Sum(f => f.Progress)));

    private static SteeringFact ToEntity(Guid municipalityId, FactValue f) =>
        new(municipalityId, f.CitizenId, f.Year, f.Cut, f.Key, f.Citizens, f.Spending, f.Items, f.ItemsMet, f.Progress);
}
