using Mestring.Domain.Common;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Domain.Tests.Interventions;

public class InterventionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static Intervention Order(decimal unitsPerWeek = 4, decimal price = 520, string legalBasis = "SEL §85", ServiceUnit unit = ServiceUnit.Hour) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new InterventionOrder(TestCodes.HomeSupport, legalBasis, Sector.Social, Guid.NewGuid(), "Housing First", unitsPerWeek, unit, price, new DateOnly(2026, 12, 1), null, []),
            "Mette", Now);

    [Fact]
    public void Order_WhenProviderAccepts_BecomesActive()
    {
        var intervention = Order();
        intervention.Accept(Now);
        Assert.Equal(InterventionStatus.Active, intervention.Status);
        Assert.True(intervention.IsOpen);
    }

    [Fact]
    public void Order_WhenProviderDeclines_RecordsTheReason()
    {
        var intervention = Order();
        intervention.Decline("Ingen ledige pladser", Now);
        Assert.Equal(InterventionStatus.Declined, intervention.Status);
        Assert.Equal("Ingen ledige pladser", intervention.DeclineReason);
        Assert.False(intervention.IsOpen);
    }

    [Fact]
    public void Decline_WithoutReason_IsRefused() =>
        Assert.Throws<ValidationException>(() => Order().Decline("  ", Now));

    [Fact]
    public void Accept_Twice_IsABrokenRule()
    {
        var intervention = Order();
        intervention.Accept(Now);
        Assert.Throws<DomainException>(() => intervention.Accept(Now));
    }

    [Fact]
    public void Finish_RecordsTheFfbDecision()
    {
        var intervention = Order();
        intervention.Accept(Now);
        intervention.Finish(new DateOnly(2027, 6, 1), FollowUpDecisionKind.EndAndReferToNew);
        Assert.Equal(InterventionStatus.Ended, intervention.Status);
        Assert.Equal(FfbBranches.Default.DecisionCode(FollowUpDecisionKind.EndAndReferToNew), intervention.EndDecisionCode);
    }

    [Fact]
    public void Finish_WithContinue_IsNotAnEnd()
    {
        var intervention = Order();
        intervention.Accept(Now);
        Assert.Throws<DomainException>(() => intervention.Finish(new DateOnly(2027, 6, 1), FollowUpDecisionKind.Continue));
    }

    [Fact]
    public void Finish_BeforeAcceptance_IsABrokenRule() =>
        Assert.Throws<DomainException>(() => Order().Finish(new DateOnly(2027, 6, 1), FollowUpDecisionKind.End));

    [Theory]
    [InlineData("SEL §85", "SEL-85")]
    [InlineData("sel-107", "SEL-107")]
    [InlineData("BL 32", "BL-32")]
    [InlineData("SEL-82b", "SEL-82b")]
    public void LegalBasis_IsNormalised(string text, string expected) => Assert.Equal(expected, Order(legalBasis: text).LegalBasis);

    [Fact]
    public void LegalBasis_WithoutAParagraph_IsRefused() => Assert.Throws<ValidationException>(() => Order(legalBasis: "Serviceloven"));

    [Fact]
    public void Order_WithANegativeTakst_IsRefused() => Assert.Throws<ValidationException>(() => Order(price: -1));

    [Fact]
    public void Order_WithACodeThatIsNotAnFfbYdelse_IsRefused() =>
        Assert.Throws<ValidationException>(() => new Intervention(Guid.NewGuid(), Guid.NewGuid(), null,
            new InterventionOrder(TestCodes.Cooking, "SEL-85", Sector.Social, Guid.NewGuid(), null, 1, ServiceUnit.Hour, 1, new DateOnly(2026, 1, 1), null, []), "x", Now));

    [Fact]
    public void WeeklyCost_ConvertsAMonthlyTakst()
    {
        Assert.Equal(2080m, Order(4, 520).WeeklyCost);
        Assert.Equal(52000m * 12m / 52m, Order(1, 52000, unit: ServiceUnit.Month).WeeklyCost);
    }
}
