using Mestring.Economics.Catalogue;

namespace Mestring.Application.Investments;

/// <summary>A case being built from the catalogue (the builder's fields); percentages are typed as percent.</summary>
public sealed class CaseDraft
{
    public string Name { get; set; } = "";
    public string? MethodId { get; set; }
    public int PriceYear { get; set; }
    public int HorizonYears { get; set; } = 10;
    public double DiscountRatePercent { get; set; } = 3.5;
    public double Participants { get; set; } = 20;
    public double SuccessRatePercent { get; set; } = 100;
    public double DeadweightPercent { get; set; }
    public List<CostDraft> Costs { get; set; } = [];
    public List<OutcomeDraft> Outcomes { get; set; } = [];
    public string? LegalBasis { get; set; }
    public int YearsBefore { get; set; } = 2;
    public int Draws { get; set; } = CaseEvaluation.DefaultDraws;
    public long Seed { get; set; } = 1;

    /// <summary>A new draft for a method (default: the catalogue's first), its outcomes ticked, in <paramref name="year"/> prices.</summary>
    public static CaseDraft For(KnowledgeCatalogue catalogue, string? methodId, int year)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var method = catalogue.Methods.FirstOrDefault(m => m.Id == methodId) ?? catalogue.Methods.FirstOrDefault();
        var draft = new CaseDraft
        {
            MethodId = method?.Id,
            Name = method?.Name ?? "",
            PriceYear = year,
            Costs = [new CostDraft { Holder = "kommune.social", FromYear = 0, ToYear = 0 }, new CostDraft { Holder = "kommune.social", FromYear = 1, ToYear = 2 }, new CostDraft()],
        };
        var affected = method?.Effects.Select(e => e.Outcome).ToHashSet(StringComparer.Ordinal) ?? [];
        draft.Outcomes = [.. catalogue.Outcomes.Select(o => new OutcomeDraft { Id = o.Id, Include = affected.Contains(o.Id) })];
        return draft;
    }

    /// <summary>Keeps one row per catalogue outcome, in catalogue order, whatever was posted.</summary>
    public void Align(KnowledgeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var posted = Outcomes.Where(o => !string.IsNullOrEmpty(o.Id)).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Outcomes = [.. catalogue.Outcomes.Select(o => posted.TryGetValue(o.Id, out var row) ? row : new OutcomeDraft { Id = o.Id })];
        while (Costs.Count < 3)
        {
            Costs.Add(new CostDraft());
        }
    }
}

public sealed class CostDraft
{
    public string? Holder { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
    public double? PerParticipant { get; set; }
}

public sealed class OutcomeDraft
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
