namespace Mestring.Synthetic.Model;

/// <summary>The kinds of planted provider anomalies, as written in the ground truth.</summary>
public static class AnomalyKinds
{
    /// <summary>The takst is far above peers' (here 2.3×; for a herberg also above the takstloft).</summary>
    public const string TakstAbovePeers = "takst_above_peers";
    /// <summary>More billed days in a year than capacity × days.</summary>
    public const string BillingOverCapacity = "billing_over_capacity";
    /// <summary>Services billed past the citizen's death.</summary>
    public const string BillingAfterDeath = "billing_after_death";
    /// <summary>The provider bills stays for people who are at another botilbud at the same time.</summary>
    public const string OverlappingStays = "overlapping_stays";
    /// <summary>Owner or leader shared with a quarantined provider.</summary>
    public const string SharedOwnerWithQuarantined = "shared_owner_with_quarantined";
}
