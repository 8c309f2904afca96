using Mestring.Domain.Common;

namespace Mestring.Data.Steering;

/// <summary>
/// The measures a steering fact or cell carries. Which ones a cut fills is decided by the fact builder
/// (Application/Steering/SteeringCuts): citizens and spending for the spending cuts, items and items met for goals and
/// casework quality, progress (function levels gained) for progression.
/// </summary>
public abstract class SteeringMeasures : ITenantOwned
{
    public long Id { get; private set; }
    public Guid MunicipalityId { get; protected init; }
    /// <summary>The calendar year (0 for a "now" fact such as casework quality).</summary>
    public int Year { get; protected init; }
    /// <summary>The cut (dimension, or two joined by '.'), a stable code such as <c>basis</c> or <c>level.target</c>.</summary>
    public string Cut { get; protected init; } = "";
    /// <summary>The key within the cut (a legal basis, a level, "level|target"…); empty for the total.</summary>
    public string Key { get; protected init; } = "";
    public int Citizens { get; protected set; }
    public decimal Spending { get; protected set; }
    public int Items { get; protected set; }
    public int ItemsMet { get; protected set; }
    public decimal Progress { get; protected set; }

    public bool IsEmpty => Citizens == 0 && Spending == 0 && Items == 0 && ItemsMet == 0 && Progress == 0;
}

/// <summary>
/// One citizen's contribution to one cell (citizen × year × cut × key). Derived from the casework, never shown: it is
/// what the incremental refresh subtracts when a citizen's data changes. Holds no name, only the citizen's key.
/// </summary>
public sealed class SteeringFact : SteeringMeasures
{
    private SteeringFact() { }

    public SteeringFact(Guid municipalityId, Guid citizenId, int year, string cut, string key, int citizens, decimal spending, int items, int itemsMet, decimal progress)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Year = year;
        Cut = cut;
        Key = key;
        Citizens = citizens;
        Spending = spending;
        Items = items;
        ItemsMet = itemsMet;
        Progress = progress;
    }

    public Guid CitizenId { get; private set; }
}

/// <summary>The pre-aggregated cell the dashboards read: the sum of the facts with the same year, cut and key.</summary>
public sealed class SteeringCell : SteeringMeasures
{
    private SteeringCell() { }

    public SteeringCell(Guid municipalityId, int year, string cut, string key)
    {
        MunicipalityId = municipalityId;
        Year = year;
        Cut = cut;
        Key = key;
    }

    /// <summary>Adds (or with <paramref name="sign"/> -1 subtracts) a fact.</summary>
    public void Apply(SteeringMeasures fact, int sign)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Citizens += sign * fact.Citizens;
        Spending += sign * fact.Spending;
        Items += sign * fact.Items;
        ItemsMet += sign * fact.ItemsMet;
        Progress += sign * fact.Progress;
    }

    /// <summary>Sets the measures directly (the benchmark's fill and a full rebuild).</summary>
    public SteeringCell With(int citizens, decimal spending, int items = 0, int itemsMet = 0, decimal progress = 0)
    {
        Citizens = citizens;
        Spending = spending;
        Items = items;
        ItemsMet = itemsMet;
        Progress = progress;
        return this;
    }
}

/// <summary>
/// A citizen whose steering facts must be recomputed, written in the same SaveChanges as the change
/// (<see cref="SteeringDirtyInterceptor"/>). <see cref="Guid.Empty"/> means "rebuild the whole municipality" (a bulk
/// load or a provider's change, which touches many citizens).
/// </summary>
public sealed class SteeringDirty : ITenantOwned
{
    private SteeringDirty() { }

    public SteeringDirty(Guid municipalityId, Guid citizenId)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
    }

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid CitizenId { get; private set; }

    public bool IsEverything => CitizenId == Guid.Empty;
}

/// <summary>When the municipality's steering store was last built in full, and for which year (open-ended support counts to that year's end).</summary>
public sealed class SteeringState : ITenantOwned
{
    private SteeringState() { }

    public SteeringState(Guid municipalityId, int builtForYear, DateTimeOffset builtAt)
    {
        MunicipalityId = municipalityId;
        Mark(builtForYear, builtAt);
    }

    public Guid MunicipalityId { get; private set; }
    public int BuiltForYear { get; private set; }
    public DateTimeOffset BuiltAt { get; private set; }
    public DateTimeOffset? RefreshedAt { get; private set; }

    public void Mark(int builtForYear, DateTimeOffset at)
    {
        BuiltForYear = builtForYear;
        BuiltAt = at;
        RefreshedAt = at;
    }

    public void Refreshed(DateTimeOffset at) => RefreshedAt = at;
}
