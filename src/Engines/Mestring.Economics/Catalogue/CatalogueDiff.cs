namespace Mestring.Economics.Catalogue;

/// <summary>How an entry of a municipality's catalogue relates to the catalogue shipped with the engine.</summary>
public enum CatalogueEntryStatus
{
    /// <summary>Identical to the shipped default.</summary>
    Same,

    /// <summary>The shipped entry with the same id exists but some figure or text differs.</summary>
    Changed,

    /// <summary>No shipped entry has this id.</summary>
    Added,
}

/// <summary>
/// Compares a municipality's catalogue with the shipped one, entry by entry: outcomes (with their prices) by id,
/// methods by id, a method's effects by outcome. The web app uses it to mark edited entries and to tell a
/// catalogue default from the municipality's own figure in a case's provenance.
/// </summary>
public sealed class CatalogueDiff(KnowledgeCatalogue shipped)
{
    public static CatalogueDiff AgainstDefault { get; } = new(KnowledgeCatalogue.Default);

    public KnowledgeCatalogue Shipped { get; } = shipped;

    public CatalogueEntryStatus Outcome(CatalogueOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var original = Shipped.Outcomes.FirstOrDefault(o => string.Equals(o.Id, outcome.Id, StringComparison.Ordinal));
        if (original is null)
        {
            return CatalogueEntryStatus.Added;
        }
        var same = original with { Prices = outcome.Prices } == outcome && original.Prices.SequenceEqual(outcome.Prices);
        return same ? CatalogueEntryStatus.Same : CatalogueEntryStatus.Changed;
    }

    /// <summary>A price of an outcome: same holder, unit cost and SE as the shipped price of that holder.</summary>
    public CatalogueEntryStatus Price(string outcomeId, CataloguePrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var original = Shipped.Outcomes.FirstOrDefault(o => string.Equals(o.Id, outcomeId, StringComparison.Ordinal))?
            .Prices.FirstOrDefault(p => string.Equals(p.Holder, price.Holder, StringComparison.Ordinal));
        return original is null ? CatalogueEntryStatus.Added : original == price ? CatalogueEntryStatus.Same : CatalogueEntryStatus.Changed;
    }

    /// <summary>A method's name and description (its effects are compared one by one with <see cref="Effect"/>).</summary>
    public CatalogueEntryStatus Method(CatalogueMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var original = ShippedMethod(method.Id);
        if (original is null)
        {
            return CatalogueEntryStatus.Added;
        }
        var same = string.Equals(original.Name, method.Name, StringComparison.Ordinal)
            && string.Equals(original.Description, method.Description, StringComparison.Ordinal)
            && original.Effects.SequenceEqual(method.Effects);
        return same ? CatalogueEntryStatus.Same : CatalogueEntryStatus.Changed;
    }

    /// <summary>An effect of a method, matched with the shipped method's effect on the same outcome.</summary>
    public CatalogueEntryStatus Effect(string methodId, CatalogueEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var original = ShippedMethod(methodId)?.Effects.FirstOrDefault(e => string.Equals(e.Outcome, effect.Outcome, StringComparison.Ordinal));
        return original is null ? CatalogueEntryStatus.Added : original == effect ? CatalogueEntryStatus.Same : CatalogueEntryStatus.Changed;
    }

    /// <summary>Shipped outcomes, methods and method effects that the catalogue no longer has, as readable ids.</summary>
    public IReadOnlyList<string> Removed(KnowledgeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var removed = new List<string>();
        foreach (var o in Shipped.Outcomes.Where(o => !catalogue.Outcomes.Any(x => string.Equals(x.Id, o.Id, StringComparison.Ordinal))))
        {
            removed.Add("outcome " + o.Id);
        }
        foreach (var m in Shipped.Methods)
        {
            var mine = catalogue.Methods.FirstOrDefault(x => string.Equals(x.Id, m.Id, StringComparison.Ordinal));
            if (mine is null)
            {
                removed.Add("method " + m.Id);
                continue;
            }
            foreach (var e in m.Effects.Where(e => !mine.Effects.Any(x => string.Equals(x.Outcome, e.Outcome, StringComparison.Ordinal))))
            {
                removed.Add("effect " + m.Id + "/" + e.Outcome);
            }
        }
        return removed;
    }

    /// <summary>Number of entries (outcomes, methods, effects) that are changed, added or removed.</summary>
    public int CountDifferences(KnowledgeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var outcomes = catalogue.Outcomes.Count(o => Outcome(o) != CatalogueEntryStatus.Same);
        var methods = catalogue.Methods.Count(m => ShippedMethod(m.Id) is null || !string.Equals(ShippedMethod(m.Id)!.Name, m.Name, StringComparison.Ordinal)
            || !string.Equals(ShippedMethod(m.Id)!.Description, m.Description, StringComparison.Ordinal));
        var effects = catalogue.Methods.Sum(m => m.Effects.Count(e => Effect(m.Id, e) != CatalogueEntryStatus.Same));
        return outcomes + methods + effects + Removed(catalogue).Count;
    }

    private CatalogueMethod? ShippedMethod(string id) =>
        Shipped.Methods.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
