using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Globalization;
using System.Text.Json.Nodes;
using Mestring.Domain.Common;
using Mestring.Economics.Cases;
using Mestring.Economics.Catalogue;
using Mestring.Web.Features.Investments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// Builds a case from the municipality's catalogue: a method, the outcomes it affects with baselines (typed in,
/// or from the target group's own history in the data), costs, horizon, success rate and deadweight; local
/// effects replace the catalogue's. The result can be saved through the JSON page.
/// </summary>
public sealed class NyModel(InvestmentCatalogues catalogues, InvestmentBaselines baselines, ILocalEvidenceSource evidence, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    [BindProperty] public BuilderForm Form { get; set; } = new();

    public KnowledgeCatalogue Catalogue { get; private set; } = KnowledgeCatalogue.Default;

    /// <summary>The municipality's own effect estimates (GET /api/v1/evidence/methods), or why there are none.</summary>
    public LocalEvidence Evidence { get; private set; } = LocalEvidence.None(LocalEvidenceState.NotYetAvailable);
    public InvestmentView? View { get; private set; }
    public string CaseJson { get; private set; } = "";
    public IReadOnlyList<string> Messages { get; private set; } = [];

    public async Task OnGetAsync(string? method, CancellationToken ct)
    {
        Catalogue = await catalogues.GetAsync(ct);
        Evidence = await evidence.GetAsync(ct);
        Form = BuilderForm.For(Catalogue, method, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).Year);
    }

    /// <summary>The catalogue effect of the chosen method on an outcome, if it has one.</summary>
    public CatalogueEffect? CatalogueEffectFor(string outcomeId) =>
        Catalogue.Methods.FirstOrDefault(m => m.Id == Form.MethodId)?.Effects.FirstOrDefault(e => e.Outcome == outcomeId);

    /// <summary>Fills the baselines of the chosen outcomes from the target group's history (aggregates only).</summary>
    public async Task<IActionResult> OnPostBaselinesAsync(CancellationToken ct)
    {
        Catalogue = await catalogues.GetAsync(ct);
        Evidence = await evidence.GetAsync(ct);
        Form.Align(Catalogue);
        if (string.IsNullOrWhiteSpace(Form.LegalBasis))
        {
            ModelState.AddModelError("Form.LegalBasis", t["Skriv målgruppens lovgrundlag, fx SEL-110."]);
            return Page();
        }
        var messages = new List<string>();
        foreach (var row in Form.Outcomes.Where(o => o.Include))
        {
            if (InvestmentBaselines.EventTypeFor(row.Id) is not { } eventType)
            {
                messages.Add(t["{0}: findes ikke i hændelsesdata; skriv basislinjen selv.", Catalogue.Outcome(row.Id).Name]);
                continue;
            }
            try
            {
                var b = await baselines.ComputeAsync(new BaselineRequest(Form.LegalBasis, null, eventType, Form.YearsBefore), ct);
                if (b.Suppressed || b.MeanPerYear is not { } mean)
                {
                    messages.Add(t["{0}: færre end {1} borgere i målgruppen; tallet vises ikke.", Catalogue.Outcome(row.Id).Name, b.SuppressionThreshold]);
                    continue;
                }
                row.Baseline = Math.Round(mean, 3);
                row.BaselineSource = InvestmentView.LocalSource;
                row.BaselineNote = string.Create(CultureInfo.CurrentCulture, $"{b.Description} SE {b.Se:0.###}.");
                row.BaselineProvenance = CaseProvenanceJson.TargetGroupHistory(b, Form.LegalBasis!.Trim(), row.Baseline.Value, clock.GetUtcNow());
                messages.Add(t["{0}: {1} pr. deltager pr. år (n = {2}, SE {3}).", Catalogue.Outcome(row.Id).Name, mean.ToString("0.###", CultureInfo.CurrentCulture), b.N!.Value, (b.Se ?? 0).ToString("0.###", CultureInfo.CurrentCulture)]);
            }
            catch (ValidationException e)
            {
                foreach (var (field, list) in e.Errors)
                {
                    ModelState.AddModelError(field == "legalBasis" ? "Form.LegalBasis" : "Form.YearsBefore", string.Join(" ", list));
                }
                break;
            }
        }
        Messages = messages;
        ModelState.Clear(); // show the filled-in baselines rather than the posted values
        return Page();
    }

    public async Task<IActionResult> OnPostEvaluateAsync(CancellationToken ct)
    {
        Catalogue = await catalogues.GetAsync(ct);
        Evidence = await evidence.GetAsync(ct);
        Form.Align(Catalogue);
        for (var i = 0; i < Form.Outcomes.Count; i++)
        {
            var row = Form.Outcomes[i];
            if (!row.Include || string.IsNullOrEmpty(row.LocalEstimateKey))
            {
                continue;
            }
            var name = Catalogue.Outcome(row.Id).Name;
            if (Evidence.Find(row.LocalEstimateKey) is not { } estimate || estimate.CatalogueOutcome != row.Id)
            {
                ModelState.AddModelError($"Form.Outcomes[{i}].LocalEstimateKey", t["{0}: det valgte lokale estimat findes ikke længere i kommunens evaluering. Vælg igen.", name]);
            }
            else if (row.LocalChangePercent is not null)
            {
                ModelState.AddModelError($"Form.Outcomes[{i}].LocalEstimateKey", t["{0}: vælg enten et lokalt estimat eller skriv en lokal effekt, ikke begge.", name]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var json = Form.ToCaseJson(Catalogue, Evidence);
            var evaluation = InvestmentCases.Evaluate(json, Form.Draws, Form.Seed, threads: 1);
            CaseJson = json;
            View = new InvestmentView(evaluation, t);
        }
        catch (InvalidInvestmentCaseException e)
        {
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError("", $"{error.Path}: {error.Message}");
            }
        }
        catch (ValidationException e)
        {
            foreach (var (field, list) in e.Errors)
            {
                ModelState.AddModelError("", $"{field}: {string.Join(" ", list)}");
            }
        }
        return Page();
    }
}

/// <summary>The builder's fields; percentages are typed as percent.</summary>
public sealed class BuilderForm
{
    public string Name { get; set; } = "";
    public string? MethodId { get; set; }
    public int PriceYear { get; set; }
    public int HorizonYears { get; set; } = 10;
    public double DiscountRatePercent { get; set; } = 3.5;
    public double Participants { get; set; } = 20;
    public double SuccessRatePercent { get; set; } = 100;
    public double DeadweightPercent { get; set; }
    public List<CostRow> Costs { get; set; } = [];
    public List<OutcomeRow> Outcomes { get; set; } = [];
    public string? LegalBasis { get; set; }
    public int YearsBefore { get; set; } = 2;
    public int Draws { get; set; } = InvestmentCases.DefaultDraws;
    public long Seed { get; set; } = 1;

    public static BuilderForm For(KnowledgeCatalogue catalogue, string? methodId, int year)
    {
        var method = catalogue.Methods.FirstOrDefault(m => m.Id == methodId) ?? catalogue.Methods.FirstOrDefault();
        var form = new BuilderForm
        {
            MethodId = method?.Id,
            Name = method?.Name ?? "",
            PriceYear = year,
            Costs = [new CostRow { Holder = "kommune.social", FromYear = 0, ToYear = 0 }, new CostRow { Holder = "kommune.social", FromYear = 1, ToYear = 2 }, new CostRow()],
        };
        var affected = method?.Effects.Select(e => e.Outcome).ToHashSet(StringComparer.Ordinal) ?? [];
        form.Outcomes = [.. catalogue.Outcomes.Select(o => new OutcomeRow { Id = o.Id, Include = affected.Contains(o.Id) })];
        return form;
    }

    /// <summary>Keeps one row per catalogue outcome, in catalogue order, whatever was posted.</summary>
    public void Align(KnowledgeCatalogue catalogue)
    {
        var posted = Outcomes.Where(o => !string.IsNullOrEmpty(o.Id)).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Outcomes = [.. catalogue.Outcomes.Select(o => posted.TryGetValue(o.Id, out var row) ? row : new OutcomeRow { Id = o.Id })];
        while (Costs.Count < 3)
        {
            Costs.Add(new CostRow());
        }
    }

    /// <summary>
    /// The case as spec JSON with the provenance of every figure: <c>baselineProvenance</c> and
    /// <c>priceProvenance</c> on each outcome, <c>provenance</c> on each effect (see <see cref="CaseProvenanceJson"/>),
    /// and the older <c>baselineSource</c>/<c>baselineNote</c>. An outcome with a chosen local estimate gets that
    /// estimate as <c>absoluteChange</c> with its <c>se</c> instead of the catalogue's effect.
    /// </summary>
    public string ToCaseJson(KnowledgeCatalogue catalogue, LocalEvidence? evidence = null)
    {
        var builder = new InvestmentCaseBuilder(PriceYear, catalogue)
            .Named(string.IsNullOrWhiteSpace(Name) ? "Investeringscase" : Name.Trim())
            .WithHorizon(HorizonYears)
            .WithDiscountRate(DiscountRatePercent / 100)
            .WithParticipants(Participants)
            .WithSuccessRate(SuccessRatePercent / 100)
            .WithDeadweight(DeadweightPercent / 100);
        foreach (var cost in Costs.Where(c => !string.IsNullOrWhiteSpace(c.Holder) && c.PerParticipant is not null))
        {
            builder.WithCost(cost.Holder!.Trim(), cost.FromYear, cost.ToYear, cost.PerParticipant!.Value);
        }
        if (!string.IsNullOrEmpty(MethodId) && catalogue.Methods.Any(m => m.Id == MethodId))
        {
            builder.WithMethod(MethodId);
        }
        var included = Outcomes.Where(o => o.Include).ToList();
        if (included.Count == 0)
        {
            throw ValidationException.For("outcomes", "choose at least one outcome");
        }
        var method = catalogue.Methods.FirstOrDefault(m => m.Id == MethodId);
        var estimates = new Dictionary<string, LocalEstimate>(StringComparer.Ordinal);
        foreach (var row in included)
        {
            builder.WithOutcome(row.Id, row.Baseline ?? 0);
            if (evidence?.Find(row.LocalEstimateKey) is { } estimate && estimate.CatalogueOutcome == row.Id)
            {
                // The evaluation measures the change in the first year after the start; its years and decay follow
                // the method's catalogue effect on this outcome where there is one, else years 1…horizon without decay.
                var shape = method?.Effects.FirstOrDefault(e => e.Outcome == row.Id);
                var from = Math.Min(shape?.FromYear ?? 1, HorizonYears);
                estimates[row.Id] = estimate;
                builder.WithLocalEffect(new Effect
                {
                    Outcome = row.Id,
                    AbsoluteChange = estimate.Estimate,
                    Se = estimate.Se,
                    FromYear = from,
                    ToYear = Math.Max(from, Math.Min(shape?.ToYear ?? HorizonYears, HorizonYears)),
                    DecayPerYear = shape?.DecayPerYear ?? 0,
                    Source = CaseProvenanceJson.EstimateText(estimate),
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
                    FromYear = Math.Min(1, HorizonYears),
                    ToYear = HorizonYears,
                    Source = string.IsNullOrWhiteSpace(row.LocalSource) ? "Kommunens egen evaluering" : row.LocalSource.Trim(),
                });
            }
        }
        var built = builder.Build();
        var node = JsonNode.Parse(InvestmentCaseWriter.ToJson(built))!;
        var diff = CatalogueDiff.AgainstDefault;
        foreach (var outcome in node["outcomes"]!.AsArray())
        {
            var row = included.First(r => r.Id == outcome!["id"]!.GetValue<string>());
            var history = CaseProvenanceJson.HistoryFor(row.BaselineProvenance, row.Baseline);
            outcome!["baselineSource"] = history is not null ? InvestmentView.LocalSource : "manual";
            if (history is not null && !string.IsNullOrWhiteSpace(row.BaselineNote))
            {
                outcome["baselineNote"] = row.BaselineNote;
            }
            outcome["baselineProvenance"] = history ?? CaseProvenanceJson.Manual();
            outcome["priceProvenance"] = CaseProvenanceJson.Prices(catalogue, catalogue.Outcome(row.Id), PriceYear, diff);
        }
        var effects = node["effects"]!.AsArray();
        for (var i = 0; i < built.Effects.Count; i++)
        {
            var effect = built.Effects[i];
            effects[i]!["provenance"] = effect.EffectSource == InvestmentCaseBuilder.CatalogueSource && method is not null
                ? CaseProvenanceJson.CatalogueEffect(catalogue, method, method.Effects.First(e => e.Outcome == effect.Outcome), diff)
                : estimates.TryGetValue(effect.Outcome, out var estimate)
                    ? CaseProvenanceJson.LocalEvaluation(estimate)
                    : CaseProvenanceJson.LocalEntered(effect.Source);
        }
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

public sealed class CostRow
{
    public string? Holder { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
    public double? PerParticipant { get; set; }
}

public sealed class OutcomeRow
{
    public string Id { get; set; } = "";
    public bool Include { get; set; }
    public double? Baseline { get; set; }
    public string? BaselineSource { get; set; }
    public string? BaselineNote { get; set; }
    /// <summary>The baseline's provenance JSON when it was fetched from the target group's history.</summary>
    public string? BaselineProvenance { get; set; }
    /// <summary>The chosen row of the municipality's evaluation (<see cref="LocalEstimate.Key"/>), if any.</summary>
    public string? LocalEstimateKey { get; set; }
    public double? LocalChangePercent { get; set; }
    public double? LocalSePercent { get; set; }
    public string? LocalSource { get; set; }
}
