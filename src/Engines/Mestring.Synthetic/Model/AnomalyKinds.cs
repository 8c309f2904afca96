namespace Mestring.Synthetic.Model;

/// <summary>
/// The kinds of planted provider anomalies, as written in the ground truth (kebab-case; the oversight engine's signal
/// kinds are the same identifiers). See docs/synthetic-municipality.md.
/// </summary>
public static class AnomalyKinds
{
    /// <summary>The takst is far above peers' (× 2.2–2.3) with the same ydelse, legal basis and level.</summary>
    public const string TakstAbovePeers = "takst-above-peers";
    /// <summary>A herberg (§110) or krisecenter (§109) takst above the takstloft at its price year.</summary>
    public const string TakstloftBreach = "takstloft-breach";
    /// <summary>More billed days in a month than capacity × days.</summary>
    public const string BillingOverCapacity = "billing-over-capacity";
    /// <summary>Services or invoices billed past the citizen's death.</summary>
    public const string BillingAfterDeath = "billing-after-death";
    /// <summary>Invoices for one or two months after the order ended.</summary>
    public const string BillingAfterOrderEnd = "billing-after-order-end";
    /// <summary>The provider bills stays for people who are at another botilbud at the same time.</summary>
    public const string OverlappingStays = "overlapping-stays";
    /// <summary>Invoices with 1.5 times the ordered hours.</summary>
    public const string BillingAboveOrder = "billing-above-order";
    /// <summary>Billing in the last year far above the provider's own previous years (invoices without an order).</summary>
    public const string VolumeJump = "volume-jump";
    /// <summary>Owner or leader shared with a quarantined provider.</summary>
    public const string SharedOwnerWithQuarantined = "shared-owner-with-quarantined";
    /// <summary>Supervision scores falling over the last three assessments.</summary>
    public const string FallingSupervisionScores = "falling-supervision-scores";
}
