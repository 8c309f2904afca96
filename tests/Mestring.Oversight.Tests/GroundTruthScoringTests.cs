using Mestring.Synthetic;
using Xunit.Abstractions;

namespace Mestring.Oversight.Tests;

/// <summary>
/// The engine scored on generated municipalities (60,000 inhabitants, 15 years, several seeds): at least 90 % of the
/// planted anomalies found with their kind, at most 5 % of the clean providers given any signal.
/// </summary>
public sealed class GroundTruthScoringTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Engine_FindsPlantedAnomalies_AndLeavesCleanProvidersAlone(ulong seed)
    {
        var m = SyntheticMunicipality.Generate(new GeneratorOptions { Inhabitants = 60_000, Years = 15, Seed = seed, LastYear = 2025 });
        var input = GeneratedInput.From(m);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var signals = OversightEngine.Run(input);
        output.WriteLine($"{input.Invoices.Count:N0} invoice lines, {input.Orders.Count:N0} orders, {input.Providers.Count} providers: signals in {watch.Elapsed.TotalSeconds:F2} s");
        var score = GroundTruthScore.Of(m.Truth, m.Providers().Select(p => p.ProviderId), signals);
        output.WriteLine(score.Report());
        foreach (var kind in SignalKinds.All)
        {
            Assert.True(score.PlantedByKind.GetValueOrDefault(kind) >= 2, $"seed {seed}: fewer than two planted '{kind}'");
        }
        Assert.True(score.Recall >= 0.90, $"seed {seed}: recall {score.Recall:P1}\n{score.Report()}");
        Assert.True(score.CleanFlaggedShare <= 0.05, $"seed {seed}: clean flagged {score.CleanFlaggedShare:P1}\n{score.Report()}");
    }
}
