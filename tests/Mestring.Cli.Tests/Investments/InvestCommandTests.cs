using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Mestring.Cli.Commands;
using Mestring.Cli.Hosting;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.TestSupport;

namespace Mestring.Cli.Tests.Investments;

/// <summary><c>mestring invest</c> run in-process, with its output captured.</summary>
public sealed class InvestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-invest-").FullName;

    [Fact]
    public async Task SpecExample_ExitsZero_WithTheEngineResultAsJson()
    {
        var path = Write("case.json", InvestmentExamples.SpecExample);
        var (code, output, error) = await MestringCli.RunAsync("invest", path, "--draws", "1000", "--seed", "9");
        Assert.True(code == 0, error);
        Assert.Equal("", error);
        var json = JsonNode.Parse(output)!;
        var expected = InvestmentEngine.Evaluate(InvestmentCaseReader.Parse(InvestmentExamples.SpecExample).Case!, new EvaluationOptions { Draws = 1000, Seed = 9 });
        Assert.Equal(expected.CashFlows.Npv, json["npv"]!.GetValue<double>());
        Assert.Equal(1000, json["monteCarlo"]!["draws"]!.GetValue<int>());
        Assert.Equal(9, json["monteCarlo"]!["seed"]!.GetValue<long>());
    }

    [Fact]
    public async Task InvalidCase_ExitsNonZero_WithEveryPathOnStderr()
    {
        var path = Write("bad.json", InvestmentExamples.Invalid);
        var (code, output, error) = await MestringCli.RunAsync("invest", path);
        Assert.Equal(CliErrors.Invalid, code);
        Assert.Equal("", output);
        Assert.Contains("$.participants: ", error, StringComparison.Ordinal);
        Assert.Contains("$.effects[0].outcome: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsOne_WithAClearMessage()
    {
        var (code, _, error) = await MestringCli.RunAsync("invest", Path.Combine(_folder, "nope.json"));
        Assert.Equal(CliErrors.Usage, code);
        Assert.Contains("Cannot read the case file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSeed_SameOutput_AndThreadCountDoesNotMatter()
    {
        var path = Write("case.json", InvestmentExamples.SpecExample);
        var one = await MestringCli.RunAsync("invest", path, "--draws", "5000", "--seed", "123", "--threads", "1");
        var again = await MestringCli.RunAsync("invest", path, "--draws", "5000", "--seed", "123", "--threads", "1");
        var two = await MestringCli.RunAsync("invest", path, "--draws", "5000", "--seed", "123", "--threads", "2");
        var other = await MestringCli.RunAsync("invest", path, "--draws", "5000", "--seed", "124");
        Assert.Equal(0, one.Code);
        Assert.Equal(one.Output, again.Output);
        Assert.Equal(one.Output, two.Output);
        Assert.NotEqual(one.Output, other.Output);
    }

    [Fact]
    public async Task Table_And_OutFile_And_Xlsx()
    {
        var path = Write("case.json", InvestmentExamples.SpecExample);
        var table = await MestringCli.RunAsync("invest", path, "--format", "table");
        Assert.Equal(0, table.Code);
        Assert.Contains("NPV", table.Output, StringComparison.Ordinal);

        var jsonOut = Path.Combine(_folder, "result.json");
        var written = await MestringCli.RunAsync("invest", path, "--out", jsonOut);
        Assert.Equal(0, written.Code);
        Assert.Equal("", written.Output);
        Assert.NotNull(JsonNode.Parse(await File.ReadAllTextAsync(jsonOut))!["npv"]);

        Assert.Equal(CliErrors.Usage, (await MestringCli.RunAsync("invest", path, "--format", "xlsx")).Code);
        var xlsx = Path.Combine(_folder, "result.xlsx");
        Assert.Equal(0, (await MestringCli.RunAsync("invest", path, "--format", "xlsx", "--out", xlsx, "--draws", "500")).Code);
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Resultat", "Pengestrømme", "Tornado", "Input", "Kilder"], sheets);
        Assert.NotEqual(0, (await MestringCli.RunAsync("invest", path, "--format", "csv")).Code);
        Assert.NotEqual(0, (await MestringCli.RunAsync("invest", path, "--threads", "0")).Code);
    }

    [Fact]
    public async Task OptionsOverTheLimits_AreRefused_LikeTheApi()
    {
        var path = Write("case.json", InvestmentExamples.SpecExample);
        var draws = await MestringCli.RunAsync("invest", path, "--draws", "200001");
        Assert.Equal(CliErrors.Invalid, draws.Code);
        Assert.Equal("", draws.Output);
        Assert.Equal("--draws must be between 0 and 200000." + Environment.NewLine, draws.Error);
        var threads = await MestringCli.RunAsync("invest", path, "--threads", "5");
        Assert.Equal(CliErrors.Invalid, threads.Code);
        Assert.Contains("--threads must be between 1 and 4.", threads.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await MestringCli.RunAsync("invest", path, "--draws", "10", "--threads", "4")).Code);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
