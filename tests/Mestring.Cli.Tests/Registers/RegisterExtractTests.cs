using System.Text;
using Mestring.Cli.Hosting;
using Mestring.Data;
using Mestring.Data.Database;
using Mestring.Registers;
using Mestring.Synthetic;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Registers;

/// <summary>
/// <c>mestring import/export register-extract</c> run in-process on SQLite and PostgreSQL: byte-identical round trip,
/// idempotent re-import, the reader's exact error messages with a non-zero exit, and nothing kept of a bad folder.
/// </summary>
public sealed class RegisterExtractTests : IDisposable
{
    private static readonly Lazy<string> Generated = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("mestring-extract-generated-").FullName;
        SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 2_000, Years = 3, Seed = 7 }).WriteFolder(folder);
        return folder;
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-extract-").FullName;

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task Export_ImportIntoEmpty_Export_IsByteIdentical(TestDb provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);

        var import = await MestringCli.RunAsync("import", "register-extract", Generated.Value, "--database", first.ConnectionString);
        Assert.True(import.Code == 0, import.Error);
        var exported = Path.Combine(_folder, "first");
        var export = await MestringCli.RunAsync("export", "register-extract", "--out", exported, "--database", first.ConnectionString);
        Assert.True(export.Code == 0, export.Error);
        // The generator writes the canonical form, so the database gives back exactly what it was fed.
        AssertSameFolder(Generated.Value, exported);

        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", exported, "--database", second.ConnectionString)).Code);
        var again = Path.Combine(_folder, "second");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", again, "--database", second.ConnectionString)).Code);
        AssertSameFolder(exported, again);

        Assert.DoesNotContain("cpr", await File.ReadAllTextAsync(Path.Combine(again, RegisterExtractFolder.Persons)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task ReImportingTheSameFolder_ChangesNothing(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", Generated.Value, "--database", database.ConnectionString)).Code);
        var before = await CountsAsync(database);
        var exportBefore = Path.Combine(_folder, "before");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exportBefore, "--database", database.ConnectionString)).Code);

        var again = await MestringCli.RunAsync("import", "register-extract", Generated.Value, "--database", database.ConnectionString);
        Assert.True(again.Code == 0, again.Error);
        var after = await CountsAsync(database);
        var exportAfter = Path.Combine(_folder, "after");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exportAfter, "--database", database.ConnectionString)).Code);

        // Only the audit log grows: one "import" entry per file (and one per export).
        Assert.Equal(before with { Audit = 0 }, after with { Audit = 0 });
        Assert.Equal(before.Audit + RegisterExtractFolder.LoadOrder.Count + 1, after.Audit);
        AssertSameFolder(exportBefore, exportAfter);
        foreach (var file in RegisterExtractFolder.LoadOrder)
        {
            Assert.Matches($@"{file.Replace(".", @"\.", StringComparison.Ordinal)}\s+[0-9,]+ rows\s+0 inserted or changed", again.Output);
        }
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task ImportedFiles_WriteOneAuditEntryPerFile_NotPerRow(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", Generated.Value, "--database", database.ConnectionString)).Code);
        await using var db = Open(database);
        var entries = await db.AuditEntries.Select(a => new { a.Action, a.Resource }).ToListAsync();
        Assert.Equal(RegisterExtractFolder.LoadOrder.OrderBy(f => f, StringComparer.Ordinal), entries.Where(e => e.Action == "import").Select(e => e.Resource).OrderBy(f => f, StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.Action == "create");
    }

    [Theory]
    [TestDbData(TestDb.Sqlite, "bad date")]
    [TestDbData(TestDb.Sqlite, "unknown reference")]
    [TestDbData(TestDb.Sqlite, "negative amount")]
    [TestDbData(TestDb.Sqlite, "code not in FFB")]
    [TestDbData(TestDb.Sqlite, "wrong column count")]
    [TestDbData(TestDb.Sqlite, "invalid UTF-8")]
    [TestDbData(TestDb.Postgres, "bad date")]
    [TestDbData(TestDb.Postgres, "unknown reference")]
    [TestDbData(TestDb.Postgres, "negative amount")]
    [TestDbData(TestDb.Postgres, "code not in FFB")]
    [TestDbData(TestDb.Postgres, "wrong column count")]
    [TestDbData(TestDb.Postgres, "invalid UTF-8")]
    public async Task EachClassOfError_NamesFileLineColumnAndReason_AndExitsNonZero(TestDb provider, string errorClass)
    {
        var (file, content, expected) = errorClass switch
        {
            "bad date" => (RegisterExtractFolder.Persons, Persons + "P3,2001-13-01,F,,,\n",
                "persons.csv line 4, column birth_date: '2001-13-01' is not a valid date (yyyy-MM-dd)"),
            "unknown reference" => (RegisterExtractFolder.PersonYears, "person_id,year,income_dkk,education_isced,benefit\nP1,2020,1,1,none\nP9,2020,1,1,none\n",
                "person_years.csv line 3, column person_id: unknown person_id 'P9' (not in persons.csv or the database)"),
            "negative amount" => (RegisterExtractFolder.Events, "person_id,date,type,quantity\nP1,2020-01-01,ed_visit,-1\n",
                "events.csv line 2, column quantity: '-1' is negative (must be >= 0)"),
            "code not in FFB" => (RegisterExtractFolder.Assessments, "person_id,date,ffb_condition_code,function_level,support_need\nP1,2020-01-01,not-a-code,2,2\n",
                "assessments.csv line 2, column ffb_condition_code: 'not-a-code' is not an FFB code"),
            "wrong column count" => (RegisterExtractFolder.Persons, Persons + "P3,2001-01-01,F,,\n",
                "persons.csv line 4: expected 6 fields, found 5"),
            "invalid UTF-8" => (RegisterExtractFolder.Persons, Persons + "P\u00FF3,2001-01-01,F,,,\n",
                "persons.csv line 4, column person_id: invalid UTF-8 byte sequence"),
            _ => throw new ArgumentOutOfRangeException(nameof(errorClass)),
        };
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Folder("error", (RegisterExtractFolder.Persons, Persons));
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", folder, "--database", database.ConnectionString)).Code);

        var bad = Folder("bad", (file, content));
        if (errorClass == "invalid UTF-8")
        {
            // Latin-1 'ÿ' is the single byte 0xFF: never valid in UTF-8.
            var bytes = Encoding.UTF8.GetBytes(Persons).Concat(Encoding.Latin1.GetBytes("P\u00FF3,2001-01-01,F,,,\n")).ToArray();
            await File.WriteAllBytesAsync(Path.Combine(bad, file), bytes);
        }
        var result = await MestringCli.RunAsync("import", "register-extract", bad, "--database", database.ConnectionString);
        Assert.Equal(CliErrors.Invalid, result.Code);
        Assert.Equal(expected, result.Error.Split('\n')[0].TrimEnd('\r'));
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task ABadLastLine_LeavesTheTableUnchanged(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var good = Folder("good",
            (RegisterExtractFolder.Persons, Persons),
            (RegisterExtractFolder.PersonYears, "person_id,year,income_dkk,education_isced,benefit\nP1,2020,100,3,none\nP2,2020,200,3,kontanthjaelp\n"));
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", good, "--database", database.ConnectionString)).Code);
        var before = await CountsAsync(database);
        var exportBefore = Path.Combine(_folder, "export-before");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exportBefore, "--database", database.ConnectionString)).Code);

        // Every line but the last is valid and would change or add rows; the last one is bad.
        var years = new StringBuilder("person_id,year,income_dkk,education_isced,benefit\nP1,2020,999,4,dagpenge\n");
        for (var year = 2000; year < 2020; year++)
        {
            years.Append("P2,").Append(year).Append(",1000,2,none\n");
        }
        years.Append("P1,2021,100,3,not-a-benefit\n");
        var persons = Persons + "P3,1990-01-01,M,,,\nP4,1991-01-01,F,,,\nP5,1992-13-01,F,,,\n";
        var bad = Folder("bad-last-line", (RegisterExtractFolder.PersonYears, years.ToString()));
        var badPersons = Folder("bad-last-person", (RegisterExtractFolder.Persons, persons));

        var result = await MestringCli.RunAsync("import", "register-extract", bad, "--database", database.ConnectionString);
        Assert.Equal(CliErrors.Invalid, result.Code);
        Assert.StartsWith("person_years.csv line 23, column benefit: ", result.Error, StringComparison.Ordinal);
        result = await MestringCli.RunAsync("import", "register-extract", badPersons, "--database", database.ConnectionString);
        Assert.Equal(CliErrors.Invalid, result.Code);
        Assert.StartsWith("persons.csv line 6, column birth_date: ", result.Error, StringComparison.Ordinal);

        var after = await CountsAsync(database);
        Assert.Equal(before with { Audit = 0 }, after with { Audit = 0 });
        Assert.Equal(before.Audit + 1, after.Audit); // only the export's entry: a rolled-back file leaves no audit entry
        var exportAfter = Path.Combine(_folder, "export-after");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exportAfter, "--database", database.ConnectionString)).Code);
        AssertSameFolder(exportBefore, exportAfter);
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task PersonsCpr_IsValidatedAndStoredOnTheCitizen_ButNeverExported(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var withCpr = Folder("cpr", (RegisterExtractFolder.Persons,
            "person_id,birth_date,sex,mother_id,father_id,death_date,cpr\nP1,1980-01-01,F,,,,010180-1234\nP2,2005-05-05,M,P1,,,0505054321\nP3,1990-02-03,F,,,,\n"));
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", withCpr, "--database", database.ConnectionString)).Code);
        await using (var db = Open(database))
        {
            var cprs = await db.Citizens.ToDictionaryAsync(c => c.PersonId, c => c.Cpr);
            Assert.Equal("0101801234", cprs["P1"]);
            Assert.Equal("0505054321", cprs["P2"]);
            Assert.Null(cprs["P3"]);
        }

        // A file without the column keeps the stored CPR; the export never carries it.
        Assert.Equal(0, (await MestringCli.RunAsync("import", "register-extract", Folder("no-cpr", (RegisterExtractFolder.Persons, Persons)), "--database", database.ConnectionString)).Code);
        var exported = Path.Combine(_folder, "cpr-export");
        Assert.Equal(0, (await MestringCli.RunAsync("export", "register-extract", "--out", exported, "--database", database.ConnectionString)).Code);
        var text = await File.ReadAllTextAsync(Path.Combine(exported, RegisterExtractFolder.Persons));
        Assert.StartsWith("person_id,birth_date,sex,mother_id,father_id,death_date,area\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", text, StringComparison.Ordinal);
        await using (var db = Open(database))
        {
            Assert.Equal("0101801234", (await db.Citizens.SingleAsync(c => c.PersonId == "P1")).Cpr);
        }

        foreach (var (cpr, expected) in new[]
        {
            ("01018O1234", "persons.csv line 2, column cpr: '01018O1234' is not a CPR number (10 digits, DDMMYY-SSSS)"),
            ("0201801234", "persons.csv line 2, column cpr: CPR '0201801234' does not match birth_date 1980-01-01"),
            ("0101801233", "persons.csv line 2, column cpr: CPR '0101801233' does not match sex F (the last digit is odd for M, even for F)"),
        })
        {
            var bad = Folder("bad-cpr-" + cpr, (RegisterExtractFolder.Persons, $"person_id,birth_date,sex,mother_id,father_id,death_date,cpr\nP9,1980-01-01,F,,,,{cpr}\n"));
            var result = await MestringCli.RunAsync("import", "register-extract", bad, "--database", database.ConnectionString);
            Assert.Equal(CliErrors.Invalid, result.Code);
            Assert.Equal(expected, result.Error.Split('\n')[0].TrimEnd('\r'));
        }
    }

    private const string Persons = "person_id,birth_date,sex,mother_id,father_id,death_date\nP1,1980-01-01,F,,,\nP2,2005-05-05,M,P1,,\n";

    private string Folder(string name, params (string File, string Content)[] files)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), content, new UTF8Encoding(false));
        }
        // Every file is required (issue 16): the ones a test does not care about are there with their header only.
        foreach (var file in RegisterExtractFolder.LoadOrder.Where(f => !File.Exists(Path.Combine(folder, f))))
        {
            File.WriteAllText(Path.Combine(folder, file), string.Join(",", RegisterExtractFolder.ColumnsOf(file)) + "\n", new UTF8Encoding(false));
        }
        return folder;
    }

    private static void AssertSameFolder(string expected, string actual)
    {
        foreach (var file in RegisterExtractFolder.LoadOrder)
        {
            // An optional file (invoices.csv, supervision_assessments.csv) is in both folders or in neither.
            Assert.True(File.Exists(Path.Combine(expected, file)) == File.Exists(Path.Combine(actual, file)), $"{file} is in one folder only");
            if (!File.Exists(Path.Combine(expected, file)))
            {
                Assert.Contains(file, RegisterExtractFolder.OptionalFiles);
                continue;
            }
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs ({a.Length} vs {b.Length} bytes)");
        }
    }

    private sealed record Counts(int Citizens, int Households, int PersonYears, int Providers, int Interventions, int Events, int Assessments, int Audit);

    private static MestringDbContext Open(TestDatabase database) =>
        MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(database.ConnectionString));

    private static async Task<Counts> CountsAsync(TestDatabase database)
    {
        await using var db = Open(database);
        return new Counts(
            await db.Citizens.CountAsync(), await db.Households.CountAsync(), await db.PersonYears.CountAsync(), await db.Providers.CountAsync(),
            await db.Interventions.CountAsync(), await db.Events.CountAsync(), await db.Assessments.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
