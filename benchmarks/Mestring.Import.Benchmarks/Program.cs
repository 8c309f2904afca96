using System.Diagnostics;
using System.Globalization;
using Mestring.Application.Registers;
using Mestring.Data.Auditing;
using Mestring.Data.Database;
using Mestring.Registers;
using Npgsql;

// Usage: dotnet run -c Release --project benchmarks/Mestring.Import.Benchmarks -- [--rows 1000000] [--years 10]
//        [--host 127.0.0.1] [--port 5432] [--user mestring] [--password mestring] [--keep]
// Writes person_years.csv (+ the matching persons.csv) to a temp folder, imports both into a fresh PostgreSQL database the
// way `mestring import register-extract` does (migrations, persons.csv, then person_years.csv timed on its own: parsing,
// binary COPY into the staging table, INSERT … ON CONFLICT, audit entry, commit), then times psql's \copy of the same
// file into a plain table without keys or indexes, and reports both rates.
var rows = 1_000_000;
var years = 10;
var host = "127.0.0.1";
var port = 5432;
var user = "mestring";
var password = "mestring";
var keep = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rows": rows = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--years": years = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--host": host = args[++i]; break;
        case "--port": port = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--user": user = args[++i]; break;
        case "--password": password = args[++i]; break;
        case "--keep": keep = true; break;
        default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
    }
}

var persons = (rows + years - 1) / years;
var folder = Directory.CreateTempSubdirectory("mestring-import-bench-").FullName;
var database = "mestring_bench_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
var server = new NpgsqlConnectionStringBuilder { Host = host, Port = port, Username = user, Password = password, Database = "postgres", Pooling = false };
var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Pooling = true }.ConnectionString;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing {rows:N0} person_years rows ({persons:N0} persons × {years} years) to {folder}"));
var write = Stopwatch.StartNew();
var firstYear = 2025 - years + 1;
string Id(int p) => string.Create(CultureInfo.InvariantCulture, $"P{p + 1:D8}");
IEnumerable<PersonRow> PersonRows()
{
    for (var p = 0; p < persons; p++)
    {
        yield return new PersonRow(Id(p), new DateOnly(1940 + p % 80, 1 + p % 12, 1 + p % 28), p % 2 == 0 ? Sex.F : Sex.M, null, null, null, "D01");
    }
}
IEnumerable<PersonYearRow> PersonYearRows()
{
    var benefits = Enum.GetValues<Benefit>();
    var n = 0;
    for (var p = 0; p < persons; p++)
    {
        for (var y = 0; y < years && n < rows; y++, n++)
        {
            yield return new PersonYearRow(Id(p), firstYear + y, 150_000m + (p * 7919 + y * 104_729) % 600_000 + 0.5m * (y % 2), (p + y) % 9, benefits[(p + y) % benefits.Length]);
        }
    }
}
using (var s = File.Create(Path.Combine(folder, RegisterExtractFolder.Persons)))
using (var w = RegisterWriter.CreateTextWriter(s))
{
    RegisterWriter.WritePersons(w, PersonRows(), presorted: true);
}
var personYearsFile = Path.Combine(folder, RegisterExtractFolder.PersonYears);
using (var s = File.Create(personYearsFile))
using (var w = RegisterWriter.CreateTextWriter(s))
{
    RegisterWriter.WritePersonYears(w, PersonYearRows(), presorted: true);
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  written in {write.Elapsed.TotalSeconds:0.0} s ({new FileInfo(personYearsFile).Length / 1e6:0.0} MB)"));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}"));

// The reader alone (parsing and validating, no database), to show where the time goes.
{
    var known = new HashSet<string>(StringComparer.Ordinal);
    for (var p = 0; p < persons; p++)
    {
        known.Add(Id(p));
    }
    var reader = new RegisterReader(new RegisterReaderOptions { Today = new DateOnly(2025, 12, 31), IsKnownPerson = known.Contains });
    var parse = Stopwatch.StartNew();
    long parsed = 0;
    using var stream = File.OpenRead(personYearsFile);
    foreach (var row in reader.ReadPersonYears(stream))
    {
        parsed++;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RegisterReader alone (no database): {parsed,10:N0} rows in {parse.Elapsed.TotalSeconds,6:0.00} s = {parsed / parse.Elapsed.TotalSeconds,10:N0} rows/s"));
}

await using (var admin = new NpgsqlConnection(server.ConnectionString))
{
    await admin.OpenAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
    await create.ExecuteNonQueryAsync();
}
try
{
    // mestring import register-extract, timed per file.
    await using var db = MestringDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Postgres, connectionString));
    await DatabaseMigrator.MigrateAsync(db);
    var municipality = await ImportMunicipality.ResolveOrCreateAsync(db, "000", "Register-import");
    var importer = new RegisterExtractImporter(db, municipality.Id, TimeProvider.System, new SystemActor("import benchmark"));
    RegisterFileReport Import(string file)
    {
        using var stream = new FileStream(Path.Combine(folder, file), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return importer.ImportFile(file, stream);
    }
    var personsReport = Import(RegisterExtractFolder.Persons);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mestring import persons.csv:      {personsReport.Rows,10:N0} rows in {personsReport.Elapsed.TotalSeconds,6:0.00} s = {personsReport.RowsPerSecond,10:N0} rows/s"));
    var report = Import(RegisterExtractFolder.PersonYears);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mestring import person_years.csv: {report.Rows,10:N0} rows in {report.Elapsed.TotalSeconds,6:0.00} s = {report.RowsPerSecond,10:N0} rows/s"));
    var again = Import(RegisterExtractFolder.PersonYears);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-import (no change):          {again.Rows,10:N0} rows in {again.Elapsed.TotalSeconds,6:0.00} s = {again.RowsPerSecond,10:N0} rows/s, {again.Changed:N0} changed"));

    // psql \copy of the same file into an equivalent plain table (no keys, no indexes, no validation).
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var table = new NpgsqlCommand(
            "CREATE TABLE person_years_plain (person_id text, year integer, income_dkk numeric(14,2), education_isced integer, benefit text)", connection);
        await table.ExecuteNonQueryAsync();
    }
    var url = $"postgresql://{user}:{password}@{host}/{database}";
    async Task<double> PsqlCopy(string table)
    {
        var psql = new ProcessStartInfo("psql", [url, "-v", "ON_ERROR_STOP=1", "-c", $"\\copy {table} FROM '{personYearsFile}' WITH (FORMAT csv, HEADER true)"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var copy = Stopwatch.StartNew();
        using var process = Process.Start(psql) ?? throw new InvalidOperationException("psql did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        copy.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql failed: {error}");
        }
        var rate = rows / copy.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"psql \\copy into {table,-22} {rows,10:N0} rows in {copy.Elapsed.TotalSeconds,6:0.00} s = {rate,10:N0} rows/s ({output.Trim()})"));
        return rate;
    }
    var plainRate = await PsqlCopy("person_years_plain");
    // The same file into a table with the real table's two indexes (key and year), for the share of the time they cost.
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var table = new NpgsqlCommand(
            "CREATE TABLE person_years_keyed (person_id text, year integer, income_dkk numeric(14,2), education_isced integer, benefit text, PRIMARY KEY (person_id, year)); " +
            "CREATE INDEX ON person_years_keyed (year)", connection);
        await table.ExecuteNonQueryAsync();
    }
    await PsqlCopy("person_years_keyed");
    var copyRate = plainRate;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Ratio mestring import / psql \\copy: {report.RowsPerSecond / copyRate:0.00}; target ≥ 200,000 rows/s: {(report.RowsPerSecond >= 200_000 ? "met" : "NOT met")}"));
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (!keep)
    {
        await using var admin = new NpgsqlConnection(server.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
        Directory.Delete(folder, recursive: true);
    }
}
