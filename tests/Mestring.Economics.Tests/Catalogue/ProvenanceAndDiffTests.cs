using Mestring.Economics.Cases;
using Mestring.Economics.Catalogue;

namespace Mestring.Economics.Tests.Catalogue;

/// <summary>Reading the provenance of a case's figures, and comparing a municipality's catalogue with the shipped one.</summary>
public class ProvenanceAndDiffTests
{
    [Fact]
    public void Provenance_ReadsObjects_AndMapsOlderSourceFields()
    {
        const string json = """
            { "outcomes": [
                { "id": "a", "baselineProvenance": { "kind": "target-group-history", "n": 57, "legalBasis": "SEL-110" },
                  "priceProvenance": { "kind": "municipal-catalogue", "source": "Egne takster 2025" } },
                { "id": "b", "baselineSource": "local", "baselineNote": "gammel note" },
                "not an object",
                { "id": "c" } ],
              "effects": [
                { "outcome": "a", "provenance": { "kind": "local-evaluation", "method": "HF", "n": 143, "verdict": "effekt", "se": 9.4, "targetGroup": null } },
                { "outcome": "b", "effectSource": "catalogue", "source": "Litteratur" },
                { "outcome": "c", "effectSource": "local", "source": "Egen opgørelse" },
                { "outcome": "c" } ] }
            """;
        var figures = CaseProvenance.Read(json);

        Assert.Equal(10, figures.Count); // 3 outcomes × (baseline, prices) + 4 effects; the non-object is skipped
        var history = figures.Single(f => f.Path == "$.outcomes[0].baselinePerParticipant");
        Assert.Equal((ProvenanceKinds.TargetGroupHistory, true, "57", "SEL-110"), (history.Kind, history.IsLocal, history.Detail("n"), history.Detail("legalBasis")));
        Assert.Equal(ProvenanceKinds.MunicipalCatalogue, figures.Single(f => f.Path == "$.outcomes[0].prices").Kind);
        Assert.False(figures.Single(f => f.Path == "$.outcomes[0].prices").IsLocal);
        Assert.Equal(ProvenanceKinds.TargetGroupHistory, figures.Single(f => f.Path == "$.outcomes[1].baselinePerParticipant").Kind);
        Assert.Equal("gammel note", figures.Single(f => f.Path == "$.outcomes[1].baselinePerParticipant").Detail("source"));
        Assert.Equal(ProvenanceKinds.Manual, figures.Single(f => f.Path == "$.outcomes[3].baselinePerParticipant").Kind);

        var local = figures.Single(f => f.Path == "$.effects[0]");
        Assert.Equal((ProvenanceKinds.LocalEvaluation, "HF", "143", "effekt", "9.4"), (local.Kind, local.Detail("method"), local.Detail("n"), local.Detail("verdict"), local.Detail("se")));
        Assert.Null(local.Detail("targetGroup")); // null details are left out
        Assert.True(figures.Single(f => f.Path == "$.effects[1]").IsDefault);
        Assert.Equal(ProvenanceKinds.LocalEntered, figures.Single(f => f.Path == "$.effects[2]").Kind);
        Assert.Equal(ProvenanceKinds.Manual, figures.Single(f => f.Path == "$.effects[3]").Kind);

        Assert.Empty(CaseProvenance.Read("{ not json"));
        Assert.Empty(CaseProvenance.Read("[]"));
    }

    [Fact]
    public void Diff_OfTheShippedCatalogue_IsEmpty_AndSurvivesAJsonRoundTrip()
    {
        var copy = KnowledgeCatalogue.Parse(KnowledgeCatalogue.Default.ToJson());
        var diff = CatalogueDiff.AgainstDefault;
        Assert.Equal(0, diff.CountDifferences(copy));
        Assert.All(copy.Outcomes, o => Assert.Equal(CatalogueEntryStatus.Same, diff.Outcome(o)));
        Assert.All(copy.Methods, m => Assert.Equal(CatalogueEntryStatus.Same, diff.Method(m)));
        Assert.Empty(diff.Removed(copy));
    }

    [Fact]
    public void Diff_FindsChangedAddedAndRemovedEntries()
    {
        var shipped = KnowledgeCatalogue.Default;
        var herberg = shipped.Outcome("herberg_nat");
        var cheaper = herberg with { Prices = [herberg.Prices[0] with { UnitCost = 999 }, .. herberg.Prices.Skip(1)] };
        var method = shipped.Methods[0];
        var localEffect = method.Effects[0] with { RelativeChange = -0.1, IsDefault = false };
        var own = new CatalogueOutcome("egen_ydelse", "Egen ydelse", "time", 2024, "Egne takster", false, [new CataloguePrice("kommune.social", 500, null)]);
        var edited = shipped with
        {
            Outcomes = [cheaper, .. shipped.Outcomes.Where(o => o.Id != "herberg_nat" && o.Id != "sel85_time"), own],
            Methods = [method with { Effects = [localEffect, .. method.Effects.Skip(1)] }, .. shipped.Methods.Skip(1)],
        };
        var diff = CatalogueDiff.AgainstDefault;

        Assert.Equal(CatalogueEntryStatus.Changed, diff.Outcome(cheaper));
        Assert.Equal(CatalogueEntryStatus.Changed, diff.Price("herberg_nat", cheaper.Prices[0]));
        Assert.Equal(CatalogueEntryStatus.Same, diff.Price("herberg_nat", cheaper.Prices[1]));
        Assert.Equal(CatalogueEntryStatus.Added, diff.Outcome(own));
        Assert.Equal(CatalogueEntryStatus.Changed, diff.Effect(method.Id, localEffect));
        Assert.Equal(CatalogueEntryStatus.Same, diff.Effect(method.Id, method.Effects[^1]));
        Assert.Equal(CatalogueEntryStatus.Added, diff.Effect("no_such_method", localEffect));
        Assert.Equal(["outcome sel85_time"], diff.Removed(edited));
        // herberg_nat changed, egen_ydelse added, one effect changed, sel85_time removed.
        Assert.Equal(4, diff.CountDifferences(edited));
    }
}
