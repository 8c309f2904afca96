using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mestring.Oversight;

/// <summary>How much a signal weighs (a lead for a person, never a verdict).</summary>
public enum Severity
{
    Low,
    Medium,
    High,
}

/// <summary>
/// The evidence behind a signal, so that it explains itself: a one-line summary, the figures it rests on, a table of the
/// rows (invoices, peers, months, assessments) and, for links between people, the path.
/// </summary>
public sealed record SignalEvidence(
    string Summary, IReadOnlyDictionary<string, decimal> Figures, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? Path = null);

/// <summary>A signal about a provider: a lead of a <see cref="SignalKinds">kind</see>, with its evidence.</summary>
public sealed record Signal(string ProviderId, string Kind, Severity Severity, SignalEvidence Evidence)
{
    /// <summary>
    /// A stable hash of kind, provider and evidence (16 hex digits): a dismissed lead stays dismissed while this is
    /// unchanged and comes back when its evidence changes.
    /// </summary>
    public string Fingerprint { get; } = FingerprintOf(ProviderId, Kind, Evidence);

    private static string FingerprintOf(string provider, string kind, SignalEvidence e)
    {
        var b = new StringBuilder();
        b.Append(provider).Append('|').Append(kind).Append('|').Append(e.Summary);
        foreach (var (k, v) in e.Figures.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            b.Append('|').Append(k).Append('=').Append(v.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var row in e.Rows)
        {
            b.Append('|').AppendJoin(',', row);
        }
        if (e.Path is { } path)
        {
            b.Append('|').AppendJoin('>', path);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString())))[..16];
    }
}

/// <summary>The stable kind identifiers (kebab-case) of the signals, as in the generator's ground truth.</summary>
public static class SignalKinds
{
    /// <summary>The takst (indexed to a common price year) is far above peers with the same ydelse, target group and level.</summary>
    public const string TakstAbovePeers = "takst-above-peers";
    /// <summary>A §110 herberg or §109 krisecenter takst above the takstloft indexed to its price year.</summary>
    public const string TakstloftBreach = "takstloft-breach";
    /// <summary>More billed days in a month than places × days.</summary>
    public const string BillingOverCapacity = "billing-over-capacity";
    /// <summary>Billing for days after the citizen's death.</summary>
    public const string BillingAfterDeath = "billing-after-death";
    /// <summary>Billing for days after the order ended.</summary>
    public const string BillingAfterOrderEnd = "billing-after-order-end";
    /// <summary>Billing a stay for a citizen who is billed at another botilbud at the same time.</summary>
    public const string OverlappingStays = "overlapping-stays";
    /// <summary>More units billed than the order covers for the period.</summary>
    public const string BillingAboveOrder = "billing-above-order";
    /// <summary>A year's billed amount far above the provider's own previous years.</summary>
    public const string VolumeJump = "volume-jump";
    /// <summary>An owner, board member or leader shared — directly or through companies and persons — with a quarantined person or tilbud.</summary>
    public const string SharedOwnerWithQuarantined = "shared-owner-with-quarantined";
    /// <summary>The supervision scores fell at consecutive assessments.</summary>
    public const string FallingSupervisionScores = "falling-supervision-scores";

    /// <summary>Every kind, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TakstAbovePeers, TakstloftBreach, BillingOverCapacity, BillingAfterDeath, BillingAfterOrderEnd, OverlappingStays,
        BillingAboveOrder, VolumeJump, SharedOwnerWithQuarantined, FallingSupervisionScores,
    ];
}
