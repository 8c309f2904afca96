using Mestring.Evidence.Data;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Output;

namespace Mestring.Cli.Commands;

/// <summary>
/// <c>mestring evaluate --data FILE.csv --treatment COL --outcome COL --covariates a,b,c [--method …]</c>:
/// the effect of a treatment on an outcome from an analyst's file, with balance diagnostics and a verdict.
/// <c>mestring evaluate --methods [--database CONN] [--municipality CODE]</c>: every named method from the database (<see cref="EvaluateMethodsCommand"/>).
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo?>("--data") { Description = "CSV file with a header row (invariant culture, '.' decimals)." };
        var treatment = new Option<string?>("--treatment") { Description = "Binary 0/1 treatment column." };
        var outcome = new Option<string?>("--outcome") { Description = "Outcome column." };
        var covariates = new Option<string?>("--covariates") { Description = "Comma-separated covariate columns." };
        var method = new Option<string>("--method") { Description = "difference | regression | psm | ipw | aipw | dml | did", DefaultValueFactory = _ => "difference" };
        var estimand = new Option<string>("--estimand") { Description = "att | ate", DefaultValueFactory = _ => "att" };
        var caliper = new Option<double?>("--caliper") { Description = "Matching caliper in standard deviations of the propensity logit (default 0.2, Austin 2011; 0 = none)." };
        var ratio = new Option<int>("--ratio") { Description = "Controls per treated in matching (1:k).", DefaultValueFactory = _ => 1 };
        var replace = new Option<bool>("--replace") { Description = "Match with replacement (the default; kept for scripts that pass it)." };
        var noReplace = new Option<bool>("--no-replace") { Description = "Match without replacement (greedy; warns when it uses more than half of the controls)." };
        var noBiasAdjust = new Option<bool>("--no-bias-adjust") { Description = "psm: plain matching estimator, without the Abadie–Imbens (2011) regression bias adjustment." };
        var folds = new Option<int>("--folds") { Description = "dml: cross-fitting folds.", DefaultValueFactory = _ => 5 };
        var psKnownSe = new Option<bool>("--ps-known-se") { Description = "psm: use the Abadie–Imbens (2006) SE, which treats the propensity score as known, instead of the 2016 adjustment for its estimation." };
        var pre = new Option<string?>("--pre") { Description = "Before-outcome column (difference-in-differences)." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap replicates for SE and CI (0 = analytical).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long>("--seed") { Description = "Seed for the bootstrap and for dml's folds.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "json | table", DefaultValueFactory = _ => "json" };
        var methods = new Option<bool>("--methods") { Description = "Evaluate every named method against care as usual on progression and later outcomes, from the database." };
        var database = DatabaseOption.Create();
        var municipality = MunicipalityChoice.CreateOption("With --methods: municipality code (required when the database holds more than one).");
        var command = new Command("evaluate", "Estimate the effect of an intervention with a comparison group.")
        {
            data, treatment, outcome, covariates, method, estimand, caliper, ratio, replace, noReplace, noBiasAdjust, folds, psKnownSe, pre, bootstrap, seed, format, methods, database, municipality,
        };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(methods))
            {
                return await EvaluateMethodsCommand.RunAsync(result, result.GetValue(database), result.GetValue(municipality), result.GetValue(format), ct);
            }
            var stderr = result.InvocationConfiguration.Error;
            int Fail(string message)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mestring evaluate: {message}"));
                return 2;
            }
            var file = result.GetValue(data);
            if (file is null || result.GetValue(treatment) is not { } treatmentColumn || result.GetValue(outcome) is not { } outcomeColumn)
            {
                return Fail("--data, --treatment and --outcome are required.");
            }
            if (!file.Exists)
            {
                return Fail($"{file.FullName}: no such file.");
            }
            if (!TryParse<EstimationMethod>(result.GetValue(method)!, out var chosenMethod) || !TryParse<Estimand>(result.GetValue(estimand)!, out var chosenEstimand))
            {
                return Fail("--method must be difference, regression, psm, ipw, aipw, dml or did; --estimand att or ate.");
            }
            if (result.GetValue(replace) && result.GetValue(noReplace))
            {
                return Fail("--replace and --no-replace cannot both be given.");
            }
            var covariateColumns = Split(result.GetValue(covariates));
            // Only the columns the analysis uses must be numeric: an id or a name column elsewhere in the file is fine.
            var used = new[] { treatmentColumn, outcomeColumn, result.GetValue(pre) }.OfType<string>().Concat(covariateColumns).ToHashSet(StringComparer.Ordinal);
            using var reader = new StreamReader(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var dataset = DatasetCsvReader.Read(reader, new CsvReadOptions { NumericColumns = used });
            if (!dataset.IsSuccess)
            {
                return Fail($"{file.Name}: {dataset.Error.Message}");
            }
            var request = new EstimationRequest(treatmentColumn, outcomeColumn, covariateColumns)
            {
                Method = chosenMethod,
                Estimand = chosenEstimand,
                Caliper = result.GetValue(caliper) ?? EstimationRequest.DefaultCaliper,
                Ratio = result.GetValue(ratio),
                Replace = !result.GetValue(noReplace),
                BiasAdjust = !result.GetValue(noBiasAdjust),
                Folds = result.GetValue(folds),
                Progress = chosenMethod == EstimationMethod.Dml ? DmlProgress(stderr) : null,
                PsAdjustedSe = !result.GetValue(psKnownSe),
                PreOutcome = result.GetValue(pre),
                BootstrapReplicates = result.GetValue(bootstrap),
                Seed = result.GetValue(seed),
            };
            var estimate = EffectEstimator.Estimate(dataset.Value, request);
            if (!estimate.IsSuccess)
            {
                return Fail(estimate.Error.Message);
            }
            var text = string.Equals(result.GetValue(format), "table", StringComparison.OrdinalIgnoreCase)
                ? EstimationTable.Write(estimate.Value)
                : EstimationJson.Write(estimate.Value);
            await result.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        });
        return command;
    }

    /// <summary>dml's cross-fitting progress on stderr, one line per tenth (stdout stays clean JSON).</summary>
    private static Action<double> DmlProgress(TextWriter stderr)
    {
        int shown = -1;
        return fraction =>
        {
            int tenth = (int)Math.Floor(fraction * 10 + 1e-9);
            if (tenth > shown)
            {
                shown = tenth;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dml: cross-fitting [{new string('#', tenth)}{new string('.', 10 - tenth)}] {fraction * 100:F0} %"));
            }
        };
    }

    private static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool TryParse<T>(string text, out T value) where T : struct, Enum => Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
}
