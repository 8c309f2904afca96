using System.CommandLine;
using System.Text;
using Mestring.Cli.Commands;
using Mestring.Cli.Hosting;
using Mestring.Data.Database;
using Mestring.Registers;
using Mestring.Synthetic;
using Mestring.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Cli.Tests.Hardening;

/// <summary>Issue 16, defect 10: a folder is imported whole or not at all, required files are required, and unsafe text is refused.</summary>
public sealed class ImportAtomicityTests : IDisposable
{
    private static readonly Lazy<string> Generated = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("mestring-atomic-generated-").FullName;
        SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 1_000, Years = 2, Seed = 11 }).WriteFolder(folder);
        return folder;
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopyOfGenerated(string name)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Generated.Value))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }

    private static async Task<(int Code, string Error)> ImportAsync(string folder, TestDatabase database)
    {
        var root = new RootCommand("test") { RegisterExtractCommands.CreateImport() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(["import", "register-extract", folder, "--database", database.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, error.ToString());
    }

    private static async Task<int> CitizensAsync(TestDatabase database)
    {
        await using var db = MestringDbContextFactory.Create(DatabaseSettings.FromConnectionString(database.ConnectionString));
        return await db.Citizens.IgnoreQueryFilters().CountAsync();
    }

    [Theory]
    [InlineData(RegisterExtractFolder.Assessments)]
    [InlineData(RegisterExtractFolder.Persons)]
    public async Task AMissingRequiredFile_IsAnErrorNamingIt_AndNothingIsImported(string missing)
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var folder = CopyOfGenerated("missing-" + missing);
        File.Delete(Path.Combine(folder, missing));
        var (code, error) = await ImportAsync(folder, database);
        Assert.Equal(CliErrors.Invalid, code);
        Assert.StartsWith($"{missing}: the required file is missing from the folder", error, StringComparison.Ordinal);
        Assert.Equal(0, await CitizensAsync(database));
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task ABadRowInALaterFile_LeavesNothingOfTheFolder(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = CopyOfGenerated("bad-later-file");
        await File.AppendAllTextAsync(Path.Combine(folder, RegisterExtractFolder.Assessments), "P-unknown,2020-01-01,not-a-code,2,2\n");
        var (code, error) = await ImportAsync(folder, database);
        Assert.Equal(CliErrors.Invalid, code);
        Assert.StartsWith("assessments.csv line ", error, StringComparison.Ordinal);
        Assert.Contains("Nothing of the folder was imported", error, StringComparison.Ordinal);
        Assert.Equal(0, await CitizensAsync(database));
    }

    [Theory]
    [InlineData("nul", "area: the value contains the control character U+0000")]
    [InlineData("huge", "area: the value is 10485760 characters long")]
    [InlineData("own-mother", "mother_id: a person cannot be their own parent ('P3')")]
    public async Task UnsafePersonRows_AreRefusedWithFileLineAndColumn(string kind, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        var folder = Path.Combine(_folder, kind);
        Directory.CreateDirectory(folder);
        foreach (var file in RegisterExtractFolder.LoadOrder)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), string.Join(",", RegisterExtractFolder.ColumnsOf(file)) + "\n", new UTF8Encoding(false));
        }
        var row = kind switch
        {
            "nul" => "P3,1990-01-01,M,,,,D0\u00001",
            "huge" => "P3,1990-01-01,M,,,," + new string('x', 10 * 1024 * 1024),
            _ => "P3,1990-01-01,M,P3,,,D001",
        };
        await File.WriteAllTextAsync(Path.Combine(folder, RegisterExtractFolder.Persons),
            "person_id,birth_date,sex,mother_id,father_id,death_date,area\nP1,1960-01-01,F,,,,D001\nP2,1961-01-01,M,,,,D001\n" + row + "\n", new UTF8Encoding(false));
        var (code, error) = await ImportAsync(folder, database);
        Assert.Equal(CliErrors.Invalid, code);
        Assert.StartsWith("persons.csv line 4, column " + expected, error, StringComparison.Ordinal);
        Assert.Equal(0, await CitizensAsync(database));
    }
}
