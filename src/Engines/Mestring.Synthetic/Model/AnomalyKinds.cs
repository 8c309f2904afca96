namespace Mestring.Synthetic.Model;

/// <summary>
/// The kinds of planted provider anomalies, as written in the ground truth (kebab-case; the oversight engine's signal
/// kinds are the same identifiers). Each kind is its name in kebab-case (<c>TakstAbovePeers</c> → <c>takst-above-peers</c>).
/// See docs/synthetic-municipality.md.
/// </summary>
public static class AnomalyKinds
{
    /// <summary>The takst is far above peers' (× 2.2–2.3) with the same ydelse, legal basis and level.</summary>
    public static readonly string TakstAbovePeers = Kind(nameof(TakstAbovePeers));
    /// <summary>A herberg (§110) or krisecenter (§109) takst above the takstloft at its price year.</summary>
    public static readonly string TakstloftBreach = Kind(nameof(TakstloftBreach));
    /// <summary>More billed days in a month than capacity × days.</summary>
    public static readonly string BillingOverCapacity = Kind(nameof(BillingOverCapacity));
    /// <summary>Services or invoices billed past the citizen's death.</summary>
    public static readonly string BillingAfterDeath = Kind(nameof(BillingAfterDeath));
    /// <summary>Invoices for one or two months after the order ended.</summary>
    public static readonly string BillingAfterOrderEnd = Kind(nameof(BillingAfterOrderEnd));
    /// <summary>The provider bills stays for people who are at another botilbud at the same time.</summary>
    public static readonly string OverlappingStays = Kind(nameof(OverlappingStays));
    /// <summary>Invoices with 1.5 times the ordered hours.</summary>
    public static readonly string BillingAboveOrder = Kind(nameof(BillingAboveOrder));
    /// <summary>Billing in the last year far above the provider's own previous years (invoices without an order).</summary>
    public static readonly string VolumeJump = Kind(nameof(VolumeJump));
    /// <summary>Owner or leader shared with a quarantined provider.</summary>
    public static readonly string SharedOwnerWithQuarantined = Kind(nameof(SharedOwnerWithQuarantined));
    /// <summary>Supervision scores falling over the last three assessments.</summary>
    public static readonly string FallingSupervisionScores = Kind(nameof(FallingSupervisionScores));

    /// <summary>PascalCase → kebab-case.</summary>
    private static string Kind(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
