namespace Mestring.Domain.Consents;

/// <summary>Sharing with a recipient needs a consent in force for that recipient, now.</summary>
public static class ConsentRule
{
    public static Consent? InForce(IEnumerable<Consent> consents, string recipient, DateTimeOffset now) =>
        consents.FirstOrDefault(c => string.Equals(c.Recipient, recipient, StringComparison.OrdinalIgnoreCase) && c.StateAt(now) == ConsentState.Given);

    public static bool MayShare(IEnumerable<Consent> consents, string recipient, DateTimeOffset now) => InForce(consents, recipient, now) is not null;
}
