using System.Diagnostics;
using System.Globalization;
using Mestring.Application.Access;
using Mestring.Application.Steering;
using Mestring.Data;
using Mestring.Data.Auditing;
using Mestring.Data.Database;
using Mestring.Data.Steering;
using Mestring.Domain.Access;
using Mestring.Domain.Organisation;
using Mestring.Numerics;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run -c Release --project benchmarks/Mestring.Steering.Benchmarks -- [--inhabitants 1000000] [--years 15]
//        [--database "Host=…;Port=…;Database=…"] [--runs 5]
// Fills the steering store (steering_cells and the per-citizen total facts the costliest-cases analysis reads) for a
// municipality of the given size — about 4 % of inhabitants with support each year, 30 areas, 40 legal bases, 25 target
// groups, 1,500 providers, 6 levels, 60 intervention types — into a fresh SQLite file (or the given PostgreSQL), then
// times every analysis of the dashboard through the same use case the pages and the API call (access check, staleness
// check, audit entry included): the first (cold) call and the median of the next runs.
var inhabitants = 1_000_000;
var years = 15;
var runs = 5;
string? connection = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--inhabitants": inhabitants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--years": years = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--database": connection = args[++i]; break;
        default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
    }
}
var file = Path.Combine(Path.GetTempPath(), "mestring-steering-bench-" + Guid.NewGuid().ToString("N")[..8] + ".db");
connection ??= "Data Source=" + file;
var settings = DatabaseSettings.FromConnectionString(connection);
var clock = TimeProvider.System;
var thisYear = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).Year;
var firstYear = thisYear - years + 1;

Guid municipalityId;
var fill = Stopwatch.StartNew();
long facts = 0, cells = 0;
await using (var setup = MestringDbContextFactory.Create(settings, actor: new SystemActor("steering benchmark")))
{
    await DatabaseMigrator.MigrateAsync(setup, CancellationToken.None);
    var municipality = new Municipality("998", "Benchmark kommune");
    setup.Municipalities.Add(municipality);
    await setup.SaveChangesAsync();
    municipalityId = municipality.Id;
    setup.ChangeTracker.AutoDetectChangesEnabled = false;
    var random = new SeededRandom(14);
    var supported = inhabitants * 4 / 100;
    var citizens = Enumerable.Range(0, supported * 2).Select(_ => Guid.CreateVersion7()).ToArray();
    (string Cut, int Keys)[] cuts = [(SteeringCuts.Area, 30), (SteeringCuts.Basis, 40), (SteeringCuts.Target, 25), (SteeringCuts.Provider, 1500),
        (SteeringCuts.Level, 6), (SteeringCuts.LevelTarget, 150), (SteeringCuts.LevelBasis, 240), (SteeringCuts.Method, 60), (SteeringCuts.LevelMove, 30)];
    for (var year = firstYear; year <= thisYear; year++)
    {
        // One total fact per supported citizen (the costliest-cases analysis ranks them), written in batches.
        var active = supported + (int)((year - firstYear) * supported * 0.02);
        var totalSpend = 0m;
        for (var start = 0; start < active; start += 20_000)
        {
            var batch = new List<SteeringFact>();
            for (var c = start; c < Math.Min(active, start + 20_000); c++)
            {
                var spend = decimal.Round((decimal)(20_000 + (random.NextDouble() * random.NextDouble() * 2_000_000)), 2);
                totalSpend += spend;
                batch.Add(new SteeringFact(municipalityId, citizens[c], year, SteeringCuts.Total, "", 1, spend, 0, 0, 0));
            }
            setup.Set<SteeringFact>().AddRange(batch);
            await setup.SaveChangesAsync();
            setup.ChangeTracker.Clear();
            facts += batch.Count;
        }
        var yearCells = new List<SteeringCell> { new SteeringCell(municipalityId, year, SteeringCuts.Total, "").With(active, totalSpend) };
        foreach (var (cut, keys) in cuts)
        {
            for (var k = 0; k < keys; k++)
            {
                var n = 1 + random.NextIntModulo(Math.Max(2, 3 * active / keys));
                yearCells.Add(new SteeringCell(municipalityId, year, cut, Key(cut, k)).With(n, n * 180_000m, 0, 0, (decimal)(random.NextDouble() * n)));
            }
        }
        foreach (var status in new[] { "Active", "Achieved", "PartlyAchieved", "NotAchieved", "Cancelled" })
        {
            var n = random.NextIntModulo(active / 4);
            yearCells.Add(new SteeringCell(municipalityId, year, SteeringCuts.Goals, status).With(0, 0, n, status == "Achieved" ? n : 0));
        }
        yearCells.Add(new SteeringCell(municipalityId, year, SteeringCuts.Transition, SteeringCuts.WithPlan).With(200 + random.NextIntModulo(100), 0));
        yearCells.Add(new SteeringCell(municipalityId, year, SteeringCuts.Transition, SteeringCuts.WithoutPlan).With(random.NextIntModulo(100), 0));
        setup.Set<SteeringCell>().AddRange(yearCells);
        cells += yearCells.Count;
    }
    for (var d = 0; d < 365; d++)
    {
        var due = new DateOnly(thisYear, 1, 1).AddDays(d - 180).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        setup.Set<SteeringCell>().Add(new SteeringCell(municipalityId, 0, SteeringCuts.FollowUpDue, due).With(40, 0, 45));
    }
    setup.Set<SteeringCell>().Add(new SteeringCell(municipalityId, 0, SteeringCuts.Quality, SteeringCuts.PlansWithoutGoals).With(300, 0, 300));
    setup.Set<SteeringCell>().Add(new SteeringCell(municipalityId, 0, SteeringCuts.Quality, SteeringCuts.GoalsWithoutBaseline).With(900, 0, 1400));
    setup.Set<SteeringState>().Add(new SteeringState(municipalityId, thisYear, clock.GetUtcNow()));
    cells += 367;
    await setup.SaveChangesAsync();
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Filled the store for {inhabitants:N0} inhabitants × {years} years: {facts:N0} citizen facts, {cells:N0} cells in {fill.Elapsed.TotalSeconds:F1} s ({settings.Provider})"));

var user = new BenchmarkManager(municipalityId);
string[] pages = [.. SteeringQueries.Analyses.Select(a => a + "|"), .. SteeringQueries.Dimensions.Select(d => "overview|" + d), "specialisation|target", "specialisation|movement"];
var worst = 0.0;
var dashboard = new List<double>();
foreach (var page in pages)
{
    var (analysis, by) = (page.Split('|')[0], page.Split('|')[1]);
    var times = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        // A fresh context per call, as per web request.
        await using var db = MestringDbContextFactory.Create(settings, tenant: user, actor: user, clock: clock);
        var queries = new SteeringQueries(db, new SteeringRefresh(db, clock), user, new AuditTrail(db, user, user, clock), clock);
        var watch = Stopwatch.StartNew();
        var result = await queries.GetAsync(analysis, by.Length == 0 ? null : by, CancellationToken.None);
        watch.Stop();
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.Message);
        }
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    var warm = times.Skip(1).Order().ElementAt(runs / 2);
    worst = Math.Max(worst, warm);
    if (by.Length == 0 && analysis == "overview")
    {
        dashboard.Add(times[0]);
        dashboard.Add(warm);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page,-28} cold {times[0],8:F1} ms   warm median {warm,8:F1} ms"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Dashboard (overview): cold {dashboard[0]:F1} ms, warm {dashboard[1]:F1} ms; slowest analysis warm {worst:F1} ms; target < 1000 ms: {(dashboard[0] < 1000 && worst < 1000 ? "met" : "NOT met")}"));
if (File.Exists(file))
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(file);
}

static string Key(string cut, int k) => cut switch
{
    SteeringCuts.Basis => "SEL-" + (80 + k).ToString(CultureInfo.InvariantCulture),
    SteeringCuts.Level => k.ToString(CultureInfo.InvariantCulture),
    SteeringCuts.LevelMove => SteeringCuts.Join((k % 6).ToString(CultureInfo.InvariantCulture), ((k / 6) % 6).ToString(CultureInfo.InvariantCulture)),
    SteeringCuts.LevelTarget or SteeringCuts.LevelBasis => SteeringCuts.Join((k % 6).ToString(CultureInfo.InvariantCulture), "K" + (k / 6).ToString(CultureInfo.InvariantCulture)),
    _ => cut + "-" + k.ToString(CultureInfo.InvariantCulture),
};

/// <summary>A manager of the benchmark municipality (the pages' signed-in user).</summary>
internal sealed class BenchmarkManager(Guid municipalityId) : ICurrentUser
{
    public Guid? MunicipalityId => municipalityId;
    public bool IsSystem => false;
    public string UserId => "bench-manager";
    public string UserName => "bench-manager";
    public string Role => Roles.Manager;
    public string? Reason { get; set; }
    public bool IsAuthenticated => true;
    public string DisplayName => "Benchmark manager";
    public Guid? TeamId => null;
    public Guid? ProviderId => null;
    public Guid? CitizenId => null;
    public Viewer Viewer => new(UserId, UserName, Role, municipalityId, null, null, null);
}
