using Mestring.Domain.Common;

namespace Mestring.Domain.Consents;

public enum ConsentState
{
    Given,
    Withdrawn,
    Expired,
}

/// <summary>The citizen's consent to share data for a purpose with a recipient. Checked before anything is shared.</summary>
public sealed class Consent : TenantEntity, ICitizenData
{
    private Consent() { }

    public Consent(Guid municipalityId, Guid citizenId, string purpose, string recipient, DateTimeOffset givenAt, DateTimeOffset? expiresAt)
    {
        if (expiresAt is { } e && e <= givenAt)
        {
            throw ValidationException.For("expiresAt", "must be after the time the consent is given");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Purpose = Guard.NotBlank(purpose, "purpose", 500);
        Recipient = Guard.NotBlank(recipient, "recipient", 200);
        GivenAt = givenAt;
        ExpiresAt = expiresAt;
    }

    public Guid CitizenId { get; private set; }
    public string Purpose { get; private set; } = "";
    /// <summary>Who may receive: a network member's name, a provider, an authority.</summary>
    public string Recipient { get; private set; } = "";
    public DateTimeOffset GivenAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public ConsentState StateAt(DateTimeOffset now) =>
        WithdrawnAt is not null ? ConsentState.Withdrawn
        : ExpiresAt is { } e && e <= now ? ConsentState.Expired
        : ConsentState.Given;

    public void Withdraw(DateTimeOffset at)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainException("consent.already-withdrawn", "The consent is already withdrawn.");
        }
        WithdrawnAt = at;
    }
}
