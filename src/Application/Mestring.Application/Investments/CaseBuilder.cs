using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mestring.Economics.Cases;
using Mestring.Economics.Catalogue;

namespace Mestring.Application.Investments;

/// <summary>What the builder works from: the municipality's catalogue and its own effect estimates (or why there are none).</summary>
public sealed record BuilderContext(KnowledgeCatalogue Catalogue, LocalEvidence Evidence);

/// <summary>How a baseline fetch went for one outcome: filled, withheld (too few citizens) or not in the event data.</summary>
/// <summary>How a baseline fill went; <c>NoneRecorded</c>: the target group has no such events, so a zero is not written silently.</summary>
public enum BaselineFillKind { Filled, Suppressed, NoEventData, NoneRecorded }

public sealed record BaselineFill(string OutcomeId, BaselineFillKind Kind, BaselineDto? Baseline);

/// <summary>A chosen local estimate that cannot be used: gone from the evaluation, or given together with a typed local effect.</summary>
public sealed record EstimateProblem(int Row, string OutcomeId, string Code)
{
    public const string Gone = "estimate-gone";
    public const string AlsoTyped = "estimate-and-typed-effect";
}

/// <summary>A built and evaluated case: the case JSON (with the provenance of every figure) and the evaluation.</summary>
public sealed record BuiltCase(string CaseJson, Evaluation Evaluation);

/// <summary>
/// Builds a case from the municipality's catalogue: a method, the outcomes it affects with baselines (typed in, or
/// from the target group's own history), costs, horizon, success rate and deadweight; local effects (typed in or
/// chosen from the municipality's evaluation) replace the catalogue's. Every figure carries its provenance.
/// </summary>
public sealed class CaseBuilder(InvestmentCatalogues catalogues, InvestmentBaselines baselines, ILocalEvidenceSource evidence, TimeProvider clock)
{
    private static readonly JsonSerializerOptions CaseJsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<BuilderContext> LoadAsync(CancellationToken ct) =>
        new(await catalogues.GetAsync(ct), await evidence.GetAsync(ct));

    /// <summary>A new draft for a method in this year's prices.</summary>
    public CaseDraft NewDraft(KnowledgeCatalogue catalogue, string? methodId) =>
        CaseDraft.For(catalogue, methodId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).Year);

    /// <summary>
    /// Fills the baselines of the draft's chosen outcomes from the target group's history (aggregates only); stops at
    /// the first invalid request (a bad legal basis or window) and returns it.
    /// </summary>
    public async Task<Result<IReadOnlyList<BaselineFill>>> FillBaselinesAsync(CaseDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fills = new List<BaselineFill>();
        foreach (var row in draft.Outcomes.Where(o => o.Include))
        {
            if (InvestmentBaselines.EventTypeFor(row.Id) is not { } eventType)
            {
                fills.Add(new(row.Id, BaselineFillKind.NoEventData, null));
                continue;
            }
            var computed = await baselines.ComputeAsync(new BaselineRequest(draft.LegalBasis, null, eventType, draft.YearsBefore), ct);
            if (!computed.IsSuccess)
            {
                return computed.Error;
            }
            var b = computed.Value;
            if (b.Suppressed || b.MeanPerYear is not { } mean)
            {
                fills.Add(new(row.Id, BaselineFillKind.Suppressed, b));
                continue;
            }
            // A zero from the data is most often a target group the events are not recorded for (e.g. shelter nights for a
            // SEL §110 group whose stays are outside the extract): it would make a silent zero case, so it is reported instead.
            if (mean <= 0)
            {
                fills.Add(new(row.Id, BaselineFillKind.NoneRecorded, b));
                continue;
            }
            row.Baseline = Math.Round(mean, 3);
            row.BaselineSource = InvestmentCaseBuilder.LocalSource;
            row.BaselineNote = string.Create(CultureInfo.CurrentCulture, $"{b.Description} SE {b.Se:0.###}.");
            row.BaselineProvenance = CaseProvenance.TargetGroupHistory(new HistoryBaseline(
                b.Target, draft.LegalBasis!.Trim(), b.EventType, b.YearsBefore, b.N, b.Se, row.Baseline.Value, clock.GetUtcNow()));
            fills.Add(new(row.Id, BaselineFillKind.Filled, b));
        }
        return fills;
    }

    /// <summary>The chosen local estimates that cannot be used.</summary>
    public static IReadOnlyList<EstimateProblem> CheckLocalEstimates(CaseDraft draft, LocalEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(evidence);
        var problems = new List<EstimateProblem>();
        for (var i = 0; i < draft.Outcomes.Count; i++)
        {
            var row = draft.Outcomes[i];
            if (!row.Include || string.IsNullOrEmpty(row.LocalEstimateKey))
            {
                continue;
            }
            if (evidence.Find(row.LocalEstimateKey) is not { } estimate || estimate.CatalogueOutcome != row.Id)
            {
                problems.Add(new(i, row.Id, EstimateProblem.Gone));
            }
            else if (row.LocalChangePercent is not null)
            {
                problems.Add(new(i, row.Id, EstimateProblem.AlsoTyped));
            }
        }
        return problems;
    }

    /// <summary>Builds the case and evaluates it with the draft's draws and seed (one thread).</summary>
    public static Result<BuiltCase> Evaluate(CaseDraft draft, BuilderContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var json = ToCaseJson(draft, context.Catalogue, context.Evidence);
        if (!json.IsSuccess)
        {
            return json.Error;
        }
        var evaluation = CaseEvaluation.Evaluate(json.Value, draft.Draws, draft.Seed, threads: 1);
        return evaluation.IsSuccess ? new BuiltCase(json.Value, evaluation.Value) : evaluation.Error;
    }

    /// <summary>
    /// The case as spec JSON with the provenance of every figure: <c>baselineProvenance</c> and
    /// <c>priceProvenance</c> on each outcome, <c>provenance</c> on each effect (see <see cref="CaseProvenance"/>),
    /// and the older <c>baselineSource</c>/<c>baselineNote</c>. An outcome with a chosen local estimate gets that
    /// estimate as <c>absoluteChange</c> with its <c>se</c> instead of the catalogue's effect.
    /// </summary>
    public static Result<string> ToCaseJson(CaseDraft draft, KnowledgeCatalogue catalogue, LocalEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalogue);
        var included = draft.Outcomes.Where(o => o.Include).ToList();
        if (included.Count == 0)
        {
            return Error.Invalid("outcomes", "choose at least one outcome");
        }
        var method = catalogue.Methods.FirstOrDefault(m => m.Id == draft.MethodId);
        var estimates = new Dictionary<string, LocalEstimate>(StringComparer.Ordinal);
        InvestmentCase built;
        try
        {
            built = Compose(draft, catalogue, method, included, evidence, estimates).Build();
        }
        catch (InvalidInvestmentCaseException e)
        {
            return CaseEvaluation.CaseErrors(e.Errors);
        }
        var node = JsonNode.Parse(InvestmentCaseWriter.ToJson(built))!;
        var diff = CatalogueDiff.AgainstDefault;
        foreach (var outcome in node["outcomes"]!.AsArray())
        {
            var row = included.First(r => r.Id == outcome!["id"]!.GetValue<string>());
            var history = CaseProvenance.HistoryFor(row.BaselineProvenance, row.Baseline);
            outcome!["baselineSource"] = history is not null ? InvestmentCaseBuilder.LocalSource : "manual";
            if (history is not null && !string.IsNullOrWhiteSpace(row.BaselineNote))
            {
                outcome["baselineNote"] = row.BaselineNote;
            }
            outcome["baselineProvenance"] = history ?? CaseProvenance.Manual();
            outcome["priceProvenance"] = CaseProvenance.PriceSet(catalogue, catalogue.Outcome(row.Id), draft.PriceYear, diff);
        }
        var effects = node["effects"]!.AsArray();
        for (var i = 0; i < built.Effects.Count; i++)
        {
            var effect = built.Effects[i];
            effects[i]!["provenance"] = effect.EffectSource == InvestmentCaseBuilder.CatalogueSource && method is not null
                ? CaseProvenance.CatalogueEffect(catalogue, method, method.Effects.First(e => e.Outcome == effect.Outcome), diff)
                : estimates.TryGetValue(effect.Outcome, out var estimate)
                    ? CaseProvenance.LocalEvaluation(estimate, ILocalEvidenceSource.Endpoint)
                    : CaseProvenance.LocalEntered(effect.Source);
        }
        return node.ToJsonString(CaseJsonOptions);
    }

    /// <summary>The effect's free-text <c>source</c> for a local estimate (what older readers and the Excel column show).</summary>
    public static string EstimateText(LocalEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var parts = new List<string> { "Kommunens evaluering: " + estimate.Method };
        if (estimate.N is { } n)
        {
            parts.Add("n = " + n.ToString(CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrWhiteSpace(estimate.Verdict))
        {
            parts.Add(estimate.Verdict);
        }
        if (!string.IsNullOrWhiteSpace(estimate.ComputedAt))
        {
            parts.Add("beregnet " + estimate.ComputedAt);
        }
        return string.Join(", ", parts);
    }

    private static InvestmentCaseBuilder Compose(CaseDraft draft, KnowledgeCatalogue catalogue, CatalogueMethod? method, List<OutcomeDraft> included,
        LocalEvidence? evidence, Dictionary<string, LocalEstimate> estimates)
    {
        var builder = new InvestmentCaseBuilder(draft.PriceYear, catalogue)
            .Named(string.IsNullOrWhiteSpace(draft.Name) ? "Investeringscase" : draft.Name.Trim())
            .WithHorizon(draft.HorizonYears)
            .WithDiscountRate(draft.DiscountRatePercent / 100)
            .WithParticipants(draft.Participants)
            .WithSuccessRate(draft.SuccessRatePercent / 100)
            .WithDeadweight(draft.DeadweightPercent / 100);
        foreach (var cost in draft.Costs.Where(c => !string.IsNullOrWhiteSpace(c.Holder) && c.PerParticipant is not null))
        {
            builder.WithCost(cost.Holder!.Trim(), cost.FromYear, cost.ToYear, cost.PerParticipant!.Value);
        }
        if (method is not null)
        {
            builder.WithMethod(method.Id);
        }
        foreach (var row in included)
        {
            builder.WithOutcome(row.Id, row.Baseline ?? 0);
            if (evidence?.Find(row.LocalEstimateKey) is { } estimate && estimate.CatalogueOutcome == row.Id)
            {
                // The evaluation measures the change in the first year after the start; its years and decay follow
                // the method's catalogue effect on this outcome where there is one, else years 1…horizon without decay.
                var shape = method?.Effects.FirstOrDefault(e => e.Outcome == row.Id);
                var from = Math.Min(shape?.FromYear ?? 1, draft.HorizonYears);
                estimates[row.Id] = estimate;
                builder.WithLocalEffect(new Effect
                {
                    Outcome = row.Id,
                    AbsoluteChange = estimate.Estimate,
                    Se = estimate.Se,
                    FromYear = from,
                    ToYear = Math.Max(from, Math.Min(shape?.ToYear ?? draft.HorizonYears, draft.HorizonYears)),
                    DecayPerYear = shape?.DecayPerYear ?? 0,
                    Source = EstimateText(estimate),
                });
                continue;
            }
            if (row.LocalChangePercent is { } change)
            {
                builder.WithLocalEffect(new Effect
                {
                    Outcome = row.Id,
                    RelativeChange = change / 100,
                    Se = row.LocalSePercent / 100,
                    FromYear = Math.Min(1, draft.HorizonYears),
                    ToYear = draft.HorizonYears,
                    Source = string.IsNullOrWhiteSpace(row.LocalSource) ? "Kommunens egen evaluering" : row.LocalSource.Trim(),
                });
            }
        }
        return builder;
    }
}
