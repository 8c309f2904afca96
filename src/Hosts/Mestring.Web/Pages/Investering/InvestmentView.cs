using Mestring.Application.Investments;
using System.Text.Json.Nodes;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// What the result partial shows: the result, the case it came from (with the source of each baseline and
/// effect read from the input JSON) and, for a saved case, its id. Chart data goes to wwwroot/js/investment.js.
/// </summary>
public sealed class InvestmentView
{
    public const string LocalSource = "local";
    public const string CatalogueSource = "catalogue";

    private readonly IStringLocalizer _t;

    public InvestmentView(Evaluation evaluation, IStringLocalizer t, Guid? savedId = null, string? savedBy = null, DateTimeOffset? savedAt = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Evaluation = evaluation;
        _t = t;
        SavedId = savedId;
        SavedBy = savedBy;
        SavedAt = savedAt;
        // Every figure's provenance comes from the case JSON itself, so a saved case shows what it was built from.
        var text = new ProvenanceText(t);
        foreach (var p in CaseProvenance.Read(evaluation.InputJson))
        {
            switch (p.Figure)
            {
                case CaseProvenance.Baseline:
                    BaselineSources[p.OutcomeId] = text.Describe(p);
                    break;
                case CaseProvenance.Prices:
                    PriceSources[p.OutcomeId] = text.Describe(p);
                    break;
                default:
                    EffectSources.Add(text.Describe(p));
                    break;
            }
        }
        while (EffectSources.Count < evaluation.Case.Effects.Count)
        {
            EffectSources.Add(new FigureSource(text.Label(ProvenanceKinds.Manual), null, false, ProvenanceText.Css(ProvenanceKinds.Manual), ProvenanceKinds.Manual));
        }
        LocalFigures = BaselineSources.Values.Concat(PriceSources.Values).Concat(EffectSources).Count(s => s.IsLocal);
        DefaultFigures = BaselineSources.Values.Concat(PriceSources.Values).Concat(EffectSources).Count(s => s.Kind == ProvenanceKinds.CatalogueDefault);
    }

    public Evaluation Evaluation { get; }
    public InvestmentResult Result => Evaluation.Result;
    public InvestmentCase Case => Evaluation.Case;
    public Guid? SavedId { get; }
    public string? SavedBy { get; }
    public DateTimeOffset? SavedAt { get; }
    public Dictionary<string, FigureSource> BaselineSources { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FigureSource> PriceSources { get; } = new(StringComparer.Ordinal);
    public List<FigureSource> EffectSources { get; } = [];

    /// <summary>How many baselines, price sets and effects are the municipality's own figures.</summary>
    public int LocalFigures { get; }

    /// <summary>How many are shipped catalogue defaults (to be replaced with local figures).</summary>
    public int DefaultFigures { get; }

    public string OutcomeLabel(string id) => Case.Outcomes.FirstOrDefault(o => o.Id == id)?.Label ?? id;

    public static string Money(double value) => Fmt.Kroner(value);

    public static string Ratio(double? value) => Fmt.Number(value, "0.00");

    public static string Percent(double? value) => Fmt.Percent(value, trimZeros: true);

    public static string Decimal(double? value) => Fmt.Number(value, "0.###");

    public string Baseline(Baseline baseline) => baseline.PerYear is { } years
        ? string.Join(" / ", years.Select(v => v.ToString("0.##", CultureInfo.CurrentCulture)))
        : (baseline.Constant ?? 0).ToString("0.##", CultureInfo.CurrentCulture);

    public string BreakEven => Result.CashFlows.BreakEvenYear is { } y ? _t["år {0}", y] : _t["ikke inden for tidshorisonten"];

    /// <summary>Net per holder group and year as stacked bars, and the cumulative discounted net as a line.</summary>
    public string FlowChart()
    {
        var flows = Result.CashFlows;
        var years = flows.Totals.Select(t => t.Year).ToArray();
        var groups = flows.ByHolderGroup.Select(g => g.Holder).ToArray();
        return ChartJson.Serialize(new
        {
            kind = "flows",
            labels = years.Select(y => _t["År"].Value + " " + y.ToString(CultureInfo.CurrentCulture)).ToArray(), // "År {0}" would clash with "år {0}" (resx lookup ignores case)
            series = groups.Select(g => new
            {
                label = _t.Holder(g),
                values = years.Select(y => Round(flows.YearsByHolderGroup.Where(r => r.Year == y && r.Holder == g).Sum(r => r.Net))).ToArray(),
            }).ToArray(),
            lineLabel = _t["Akkumuleret tilbagediskonteret netto"].Value,
            line = flows.Totals.Select(t => Round(t.CumulativeDiscountedNet)).ToArray(),
            axisLabel = _t["Kroner"].Value,
        });
    }

    public IReadOnlyList<(double From, double To, int Count)> HistogramBins()
    {
        if (Result.MonteCarlo?.Histogram is not { } h)
        {
            return [];
        }
        return [.. h.Counts.Select((c, i) => (h.Min + (i * h.BinWidth), i == h.Counts.Count - 1 ? h.Max : h.Min + ((i + 1) * h.BinWidth), c))];
    }

    public string HistogramChart() => ChartJson.Serialize(new
    {
        kind = "histogram",
        labels = HistogramBins().Select(b => Short(b.From) + " – " + Short(b.To)).ToArray(),
        values = HistogramBins().Select(b => b.Count).ToArray(),
        positive = HistogramBins().Select(b => b.From >= 0).ToArray(),
        seriesLabel = _t["Antal træk"].Value,
        axisLabel = _t["Nettonutidsværdi (kr.)"].Value,
    });

    public string TornadoChart(int rows = 12)
    {
        var bars = Result.Tornado.Take(rows).ToArray();
        return ChartJson.Serialize(new
        {
            kind = "tornado",
            labels = bars.Select(b => b.Parameter).ToArray(),
            low = bars.Select(b => new[] { Round(Result.CashFlows.Npv), Round(b.NpvLow) }).ToArray(),
            high = bars.Select(b => new[] { Round(Result.CashFlows.Npv), Round(b.NpvHigh) }).ToArray(),
            lowLabel = _t["NPV ved lav værdi"].Value,
            highLabel = _t["NPV ved høj værdi"].Value,
            axisLabel = _t["Nettonutidsværdi (kr.)"].Value,
        });
    }

    public string BasisLabel(string basis) => basis switch
    {
        "se" => _t["± 1,96 SE"],
        "pct25" or "percent" or "25%" => _t["± 25 %"],
        _ => basis,
    };

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value) : 0;

    private static string Short(double value) => Math.Abs(value) >= 1_000_000
        ? (value / 1_000_000).ToString("0.#", CultureInfo.CurrentCulture) + " mio."
        : (value / 1_000).ToString("0", CultureInfo.CurrentCulture) + " t.";
}
