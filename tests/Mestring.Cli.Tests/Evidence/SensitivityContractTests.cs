using System.Globalization;
using System.Text.Json.Nodes;
using Mestring.Application.Evidence;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Providers;

namespace Mestring.Cli.Tests.Evidence;

/// <summary>
/// Issue 12's contract: <c>mestring evaluate --format json</c> and the in-system rows carry eValue, eValueCi,
/// balanceWarnings [{covariate, smd, varianceRatio}] and verdictCode (uncertain_balance when the gate trips); psm states
/// its settings (with replacement, caliper 0.2 by default); <c>--method dml</c> takes --folds and --seed.
/// </summary>
public sealed class SensitivityContractTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mestring-sensitivity-").FullName;

    [Fact]
    public async Task EvaluatePsm_Json_HasTheSensitivityKeys_AndStatesTheDefaults()
    {
        var (code, output, error) = await RunAsync("evaluate", "--data", Confounded(3000, 1), "--treatment", "t", "--outcome", "y", "--covariates", "x1,x2,x3", "--method", "psm");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        foreach (var key in new[] { "eValue", "eValueCi", "balanceWarnings", "verdictCode", "rosenbaumGamma", "settings" })
        {
            Assert.True(json.ContainsKey(key), key);
        }
        Assert.True(json["eValue"]!.GetValue<double>() >= 1);
        Assert.True(json["settings"]!["replace"]!.GetValue<bool>());
        Assert.Equal(0.2, json["settings"]!["caliper"]!.GetValue<double>());
        Assert.Contains(json["verdictCode"]!.GetValue<string>(), new[] { "works", "noDetectableEffect", "harmful", "tooFewData", "uncertain_balance" });
        foreach (var warning in json["balanceWarnings"]!.AsArray())
        {
            Assert.True(warning!.AsObject().ContainsKey("covariate") && warning.AsObject().ContainsKey("smd") && warning.AsObject().ContainsKey("varianceRatio"));
        }
    }

    [Fact]
    public async Task EvaluatePsm_NoReplaceAndCaliperZero_AreHonoured_AndTheGateTripsOnLeftovers()
    {
        var (code, output, error) = await RunAsync("evaluate", "--data", Confounded(600, 2, shift: 1.5, share: 0.5), "--treatment", "t", "--outcome", "y",
            "--covariates", "x1,x2,x3", "--method", "psm", "--no-replace", "--caliper", "0");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.False(json["settings"]!["replace"]!.GetValue<bool>());
        Assert.Null(json["settings"]!["caliper"]);
        Assert.Equal("uncertain_balance", json["verdictCode"]!.GetValue<string>());
        Assert.Equal("usikker: grupperne ligner ikke hinanden nok", json["verdict"]!.GetValue<string>());
        Assert.NotEmpty(json["balanceWarnings"]!.AsArray());
        Assert.Contains(json["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("Prefer matching with replacement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateDml_TakesFoldsAndSeed_ReportsProgressOnStderr()
    {
        var data = Confounded(2000, 3);
        var (code, output, error) = await RunAsync("evaluate", "--data", data, "--treatment", "t", "--outcome", "y", "--covariates", "x1,x2,x3",
            "--method", "dml", "--folds", "3", "--seed", "9", "--estimand", "ate");
        var again = await RunAsync("evaluate", "--data", data, "--treatment", "t", "--outcome", "y", "--covariates", "x1,x2,x3",
            "--method", "dml", "--folds", "3", "--seed", "9", "--estimand", "ate");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("dml", json["method"]!.GetValue<string>());
        Assert.Equal(3, json["settings"]!["folds"]!.GetValue<int>());
        Assert.Equal(9, json["settings"]!["seed"]!.GetValue<long>());
        Assert.Equal("influence-function", json["seMethod"]!.GetValue<string>());
        Assert.Contains("dml: cross-fitting", error, StringComparison.Ordinal);
        Assert.Equal(output, again.Output);
    }

    [Fact]
    public void InSystemRows_CarryTheSameFields()
    {
        var warning = new BalanceWarning("prior", 0.14, 2.4);
        var row = new MethodEffectRow("M", "T", null, "progression", null, "niveau", 0.3, 0.1, 0.1, 0.5, 200, 80, 2,
            "usikker: grupperne ligner ikke hinanden nok", "uncertain_balance", 0.01, 0.02, 1000, null)
        { EValue = 2.1, EValueCi = 1.4, BalanceWarnings = [warning] };
        var method = JsonNode.Parse(EvidenceJson.Methods([row]))!.AsArray()[0]!;
        Assert.Equal(2.1, method["eValue"]!.GetValue<double>());
        Assert.Equal(1.4, method["eValueCi"]!.GetValue<double>());
        Assert.Equal("uncertain_balance", method["verdictCode"]!.GetValue<string>());
        Assert.Equal("prior", method["balanceWarnings"]![0]!["covariate"]!.GetValue<string>());
        Assert.Equal(2.4, method["balanceWarnings"]![0]!["varianceRatio"]!.GetValue<double>());

        var provider = new ProviderResult("P1", 100, -0.2, 0.05, -0.18, -0.3, -0.06, true) { EValue = 1.6, EValueCi = 1.2 };
        var p = JsonNode.Parse(EvidenceJson.Providers([provider]))!.AsArray()[0]!.AsObject();
        foreach (var key in new[] { "eValue", "eValueCi", "balanceWarnings", "verdictCode" })
        {
            Assert.True(p.ContainsKey(key), key);
        }
        Assert.Equal("flagged", p["verdictCode"]!.GetValue<string>());
    }

    /// <summary>x1–x3 ~ N(shift·T-ish, 1) confounders, y = 1 + 0.5T + x1 + 0.5x2 + ε.</summary>
    private string Confounded(int n, int seed, double shift = 0, double share = 0.3)
    {
        var rng = new Random(seed);
        var lines = new List<string> { "t,y,x1,x2,x3" };
        for (int i = 0; i < n; i++)
        {
            double t = rng.NextDouble() < share ? 1 : 0;
            double x1 = Gaussian(rng) + (shift > 0 ? shift * t : 0), x2 = Gaussian(rng), x3 = Gaussian(rng);
            if (shift == 0)
            {
                t = rng.NextDouble() < 1 / (1 + Math.Exp(-(-1 + 0.7 * x1 - 0.4 * x2))) ? 1 : 0;
            }
            double y = 1 + 0.5 * t + x1 + 0.5 * x2 + Gaussian(rng);
            lines.Add(string.Join(',', new[] { t, y, x1, x2, x3 }.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        }
        var path = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"data-{n}-{seed}.csv"));
        File.WriteAllLines(path, lines);
        return path;
    }

    private static double Gaussian(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => MestringCli.RunAsync(args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
