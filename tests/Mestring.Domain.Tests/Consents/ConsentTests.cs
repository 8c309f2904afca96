using Mestring.Domain.Consents;

namespace Mestring.Domain.Tests.Consents;

public class ConsentTests
{
    private static readonly DateTimeOffset Given = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Consent_IsInForceUntilItExpires()
    {
        var consent = new Consent(Guid.NewGuid(), Guid.NewGuid(), "Madlavning", "Hanne", Given, Given.AddDays(30));
        Assert.Equal(ConsentState.Given, consent.StateAt(Given.AddDays(29)));
        Assert.Equal(ConsentState.Expired, consent.StateAt(Given.AddDays(30)));
    }

    [Fact]
    public void Consent_WhenWithdrawn_NoLongerAllowsSharing()
    {
        var consent = new Consent(Guid.NewGuid(), Guid.NewGuid(), "Madlavning", "Hanne", Given, null);
        Assert.True(ConsentRule.MayShare([consent], "hanne", Given.AddDays(1)));
        consent.Withdraw(Given.AddDays(2));
        Assert.Equal(ConsentState.Withdrawn, consent.StateAt(Given.AddDays(3)));
        Assert.False(ConsentRule.MayShare([consent], "Hanne", Given.AddDays(3)));
    }

    [Fact]
    public void MayShare_WithAnotherRecipient_IsFalse()
    {
        var consent = new Consent(Guid.NewGuid(), Guid.NewGuid(), "Madlavning", "Hanne", Given, null);
        Assert.False(ConsentRule.MayShare([consent], "Nabo", Given.AddDays(1)));
    }

    [Fact]
    public void Consent_ThatExpiresBeforeItIsGiven_IsRefused() =>
        Assert.Throws<Common.ValidationException>(() => new Consent(Guid.NewGuid(), Guid.NewGuid(), "x", "y", Given, Given.AddDays(-1)));
}
