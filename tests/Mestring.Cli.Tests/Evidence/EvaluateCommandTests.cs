using System.Globalization;
using System.Text.Json.Nodes;
using Mestring.Cli.Commands;
using Mestring.TestSupport;

namespace Mestring.Cli.Tests.Evidence;

/// <summary><c>mestring evaluate</c> on the NSW data shipped in ../shared/data/lalonde (LaLonde 1986; Dehejia and Wahba 1999).</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-evaluate-").FullName;

    private static string Lalonde(string file) =>
        Path.Combine(TestEnvironment.RepositoryRoot ?? throw new InvalidOperationException("repository root not found"), "..", "shared", "data", "lalonde", file);

    [Fact]
    public async Task ExperimentalDifference_OnNsw_IsThePublished1794()
    {
        var (code, output, error) = await MestringCli.RunAsync("evaluate", "--data", Lalonde("nsw_dw.csv"), "--treatment", "treat", "--outcome", "re78");
        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(1794.34, Math.Round(json["estimate"]!.GetValue<double>(), 2));
        Assert.Equal(185, json["nTreated"]!.GetValue<int>());
        Assert.Equal(260, json["nControl"]!.GetValue<int>());
        Assert.Equal("difference", json["method"]!.GetValue<string>());
    }

    [Fact]
    public async Task PropensityMatching_OnNswTreatedAndCps_LandsNearTheExperimentNotTheNaiveFigure()
    {
        var data = ObservationalFile();
        var naive = JsonNode.Parse((await MestringCli.RunAsync("evaluate", "--data", data, "--treatment", "treat", "--outcome", "re78")).Output)!;
        Assert.Equal(-8497.52, Math.Round(naive["estimate"]!.GetValue<double>(), 2));

        var (code, output, error) = await MestringCli.RunAsync("evaluate", "--data", data, "--treatment", "treat", "--outcome", "re78",
            "--covariates", "age,age2,educ,educ2,black,hisp,marr,nodegree,re74,re75,u74,u75", "--method", "psm", "--caliper", "0.2");
        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        var estimate = json["estimate"]!.GetValue<double>();
        Assert.InRange(estimate, 800, 2800);
        Assert.True(json["ciLow"]!.GetValue<double>() < 1794.34 && 1794.34 < json["ciHigh"]!.GetValue<double>());
        Assert.NotEmpty(json["balance"]!.AsArray());
    }

    [Theory]
    [InlineData("nothere", "treat", "'nothere'")]
    [InlineData("re78", "age", "must contain only 0 (control) and 1 (treated)")]
    public async Task BadColumns_ExitNonZero_WithAClearMessage(string outcome, string treatment, string expected)
    {
        var (code, _, error) = await MestringCli.RunAsync("evaluate", "--data", Lalonde("nsw_dw.csv"), "--treatment", treatment, "--outcome", outcome);
        Assert.NotEqual(0, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private string ObservationalFile()
    {
        var path = Path.Combine(_folder, "nsw_cps.csv");
        var lines = new List<string> { "treat,age,age2,educ,educ2,black,hisp,marr,nodegree,re74,re75,u74,u75,re78" };
        foreach (var (file, treatedOnly) in new[] { ("nsw_dw.csv", true), ("nsw_cps.csv", false) })
        {
            foreach (var line in File.ReadLines(Lalonde(file)).Skip(1))
            {
                var f = line.Split(',');
                if (treatedOnly && f[1] != "1")
                {
                    continue;
                }
                double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
                lines.Add(string.Join(',', new[] { D(1), D(2), D(2) * D(2), D(3), D(3) * D(3), D(4), D(5), D(6), D(7), D(8), D(9), D(8) == 0 ? 1 : 0, D(9) == 0 ? 1 : 0, D(10) }
                    .Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            }
        }
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
