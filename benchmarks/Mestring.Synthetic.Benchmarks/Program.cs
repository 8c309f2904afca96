using System.Diagnostics;
using System.Globalization;
using Mestring.Synthetic;

// Usage: dotnet run -c Release --project benchmarks/Mestring.Synthetic.Benchmarks -- --inhabitants 1000000 [--years 15]
//        [--seed 1] [--out DIR] [--calibration] [--truth FILE] [--no-write] [--validate]
// --validate reads the written folder back through the strict RegisterReader (every rule, references included).
var options = new GeneratorOptions();
string? outDir = null;
string? truthFile = null;
var calibrate = false;
var write = true;
var validate = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--inhabitants": options = options with { Inhabitants = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--years": options = options with { Years = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--seed": options = options with { Seed = ulong.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--out": outDir = args[++i]; break;
        case "--truth": truthFile = args[++i]; break;
        case "--calibration": calibrate = true; break;
        case "--no-write": write = false; break;
        case "--validate": validate = true; break;
        default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
    }
}
outDir ??= Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"mestring-synthetic-{options.Inhabitants}"));
var peak = new PeakSampler();
var total = Stopwatch.StartNew();
var generation = Stopwatch.StartNew();
var municipality = SyntheticMunicipality.Generate(options, new ConsoleProgress(total));
generation.Stop();
var writing = Stopwatch.StartNew();
if (write)
{
    municipality.WriteFolder(outDir);
}
writing.Stop();
// The operational case records (plans, goals, orders, follow-ups) that mestring seed writes after the extract.
var operational = Stopwatch.StartNew();
var records = municipality.Operational();
operational.Stop();
total.Stop();
peak.Stop();
if (truthFile is not null)
{
    File.WriteAllText(truthFile, municipality.Truth.ToJson());
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inhabitants {options.Inhabitants:N0}, years {options.Years}, seed {options.Seed}"));
foreach (var (file, rows) in municipality.RowCounts)
{
    var size = write && File.Exists(Path.Combine(outDir, file)) ? new FileInfo(Path.Combine(outDir, file)).Length / 1e6 : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file,-22} {rows,12:N0} rows {size,10:N1} MB"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generation  {generation.Elapsed.TotalSeconds,8:N1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writing     {writing.Elapsed.TotalSeconds,8:N1} s  ({(write ? outDir : "skipped")})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"operational {operational.Elapsed.TotalSeconds,8:N1} s  ({records.Plans.Count:N0} plans, {records.Plans.Sum(p => p.Goals.Count):N0} goals, {records.Plans.Sum(p => p.Orders.Count):N0} orders, {records.Plans.Sum(p => p.FollowUps.Count):N0} follow-ups)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total       {total.Elapsed.TotalSeconds,8:N1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:N2} GB (sampled managed heap peak {peak.PeakManagedBytes / 1e9:N2} GB)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated   {GC.GetTotalAllocatedBytes() / 1e9:N1} GB in total, GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
if (validate && write)
{
    var check = Stopwatch.StartNew();
    var persons = new HashSet<string>(StringComparer.Ordinal);
    var providers = new HashSet<string>(StringComparer.Ordinal);
    var reader = new Mestring.Registers.RegisterReader(new Mestring.Registers.RegisterReaderOptions
    {
        Today = new DateOnly(options.LastYear, 12, 31),
        IsKnownPerson = persons.Contains,
        IsKnownProvider = providers.Contains,
    });
    long Count<T>(string file, Func<Stream, IEnumerable<T>> read, Action<T>? each = null)
    {
        using var stream = new FileStream(Path.Combine(outDir, file), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        long n = 0;
        foreach (var row in read(stream))
        {
            each?.Invoke(row);
            n++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  strict read {file,-22} {n,12:N0} rows OK"));
        return n;
    }
    Count(Mestring.Registers.RegisterExtractFolder.Persons, reader.ReadPersons, r => persons.Add(r.PersonId));
    Count(Mestring.Registers.RegisterExtractFolder.HouseholdYears, reader.ReadHouseholdYears);
    Count(Mestring.Registers.RegisterExtractFolder.PersonYears, reader.ReadPersonYears);
    Count(Mestring.Registers.RegisterExtractFolder.Providers, reader.ReadProviders, r => providers.Add(r.ProviderId));
    Count(Mestring.Registers.RegisterExtractFolder.Services, reader.ReadServices);
    Count(Mestring.Registers.RegisterExtractFolder.Events, reader.ReadEvents);
    Count(Mestring.Registers.RegisterExtractFolder.Assessments, reader.ReadAssessments);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict reader: every file valid in {check.Elapsed.TotalSeconds:N1} s"));
}
if (calibrate)
{
    Console.WriteLine();
    Console.WriteLine(Calibration.Format(Calibration.Compute(municipality)));
}

/// <summary>Prints each stage with elapsed time to stderr, synchronously on the generating thread.</summary>
internal sealed class ConsoleProgress(Stopwatch clock) : IProgress<GenerationProgress>
{
    public void Report(GenerationProgress value) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] {value.Fraction,4:P0} {value.Stage}"));
}

/// <summary>Samples the managed heap size every 100 ms (the working-set peak comes from the OS).</summary>
internal sealed class PeakSampler
{
    private readonly Timer _timer;
    private long _peak;

    public PeakSampler() => _timer = new Timer(_ => Sample(), null, 0, 100);

    public long PeakManagedBytes => Interlocked.Read(ref _peak);

    private void Sample()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }

    public void Stop()
    {
        Sample();
        _timer.Dispose();
    }
}
