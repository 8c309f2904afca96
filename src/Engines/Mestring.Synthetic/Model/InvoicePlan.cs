using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>
/// How invoices.csv departs from services.csv (the planted billing anomalies) and the socialtilsyn history written to
/// supervision_assessments.csv. Without a plan, every spell is billed month by month exactly as ordered.
/// </summary>
internal sealed class InvoicePlan
{
    /// <summary>Days billed after a spell's last day (by spell index).</summary>
    public Dictionary<int, int> ExtraDays { get; } = [];

    /// <summary>Units billed as a multiple of the ordered ones (by spell index).</summary>
    public Dictionary<int, decimal> UnitFactor { get; } = [];

    /// <summary>Billing not tied to any order.</summary>
    public List<PhantomBilling> Phantoms { get; } = [];

    /// <summary>Socialtilsyn assessments, by provider and day.</summary>
    public List<SupervisionVisit> Visits { get; } = [];
}

/// <summary>A citizen billed by a provider for [Start, End] without an order.</summary>
internal readonly record struct PhantomBilling(int Person, int Provider, int Start, int End, ServiceUnit Unit, decimal UnitsPerWeek, decimal Price);

/// <summary>One assessment: the score of each of the seven themes (null = the theme was not in force that day).</summary>
internal sealed record SupervisionVisit(int Provider, int Day, int?[] Scores);
