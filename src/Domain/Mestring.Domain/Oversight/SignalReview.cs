using Mestring.Domain.Common;

namespace Mestring.Domain.Oversight;

/// <summary>What a supervisor did with an oversight signal.</summary>
public enum SignalReviewStatus
{
    Reviewed,
    Dismissed,
    Escalated,
}

/// <summary>
/// A review of one oversight signal, tied to the fingerprint of its evidence: a dismissed lead stays hidden while its
/// evidence is unchanged and comes back as a new lead when the evidence changes (new fingerprint). Reviews are kept,
/// never rewritten; the latest counts.
/// </summary>
public sealed class SignalReview : TenantEntity
{
    private SignalReview() { }

    public SignalReview(Guid municipalityId, string providerId, string kind, string fingerprint, SignalReviewStatus status, string reason, string by, DateTimeOffset at)
    {
        MunicipalityId = municipalityId;
        ProviderId = Guard.NotBlank(providerId, "providerId", 64);
        Kind = Guard.NotBlank(kind, "kind", 64);
        Fingerprint = Guard.NotBlank(fingerprint, "fingerprint", 32);
        Status = status;
        Reason = Guard.NotBlank(reason, "reason", 2000);
        By = Guard.NotBlank(by, "by", 200);
        At = at;
    }

    /// <summary>The provider's register id (provider_id).</summary>
    public string ProviderId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Fingerprint { get; private set; } = "";
    public SignalReviewStatus Status { get; private set; }
    public string Reason { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
