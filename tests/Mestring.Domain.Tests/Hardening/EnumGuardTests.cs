using Mestring.Domain.Common;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Domain.Tests.Hardening;

/// <summary>Issue 16, defect 1: an integer that names no member never gets into an entity, and one that is already stored breaks no read.</summary>
public class EnumGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static InterventionOrder Order(ServiceUnit unit = ServiceUnit.Hour, Sector sector = Sector.Social) =>
        new(TestCodes.HomeSupport, "SEL-85", sector, Guid.NewGuid(), null, 2, unit, 500, new DateOnly(2026, 12, 1), null, []);

    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Order_WithAnUndefinedUnit_IsRefusedNamingTheField(int unit)
    {
        var e = Assert.Throws<ValidationException>(() => new Intervention(Guid.NewGuid(), Guid.NewGuid(), null, Order(unit: (ServiceUnit)unit), "x", Now));
        Assert.Contains("unit", e.Errors.Keys);
    }

    [Fact]
    public void Order_WithAnUndefinedSector_IsRefusedNamingTheField()
    {
        var e = Assert.Throws<ValidationException>(() => new Intervention(Guid.NewGuid(), Guid.NewGuid(), null, Order(sector: (Sector)99), "x", Now));
        Assert.Contains("sector", e.Errors.Keys);
    }

    [Fact]
    public void Finish_WithAnUndefinedDecision_IsRefused()
    {
        var i = new Intervention(Guid.NewGuid(), Guid.NewGuid(), null, Order(), "x", Now);
        i.Accept(Now);
        var e = Assert.Throws<ValidationException>(() => i.Finish(new DateOnly(2027, 1, 1), (FollowUpDecisionKind)(-1)));
        Assert.Contains("decision", e.Errors.Keys);
    }

    [Fact]
    public void FollowUp_CompletedWithAnUndefinedDecision_IsRefused()
    {
        var f = new FollowUp(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, new DateOnly(2027, 1, 1));
        var e = Assert.Throws<ValidationException>(() => f.Complete((FollowUpDecisionKind)99, null, null, null, "x", Now));
        Assert.Contains("decision", e.Errors.Keys);
    }

    [Fact]
    public void Plan_RefusesUndefinedGoalKindStatusSectorAndContributorKind()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        var draft = new GoalDraft("Jeg vil", "Fagligt", (GoalKind)99, TestCodes.Cooking, [], 3, 1, new DateOnly(2027, 6, 30));
        Assert.Contains("kind", Assert.Throws<ValidationException>(() => plan.AddGoal(draft)).Errors.Keys);
        var goal = plan.AddGoal(draft with { Kind = GoalKind.Develop });
        Assert.Contains("status", Assert.Throws<ValidationException>(() => plan.SetGoalStatus(goal.Id, (GoalStatus)99)).Errors.Keys);
        Assert.Contains("sector", Assert.Throws<ValidationException>(() => plan.SetSection((Sector)(-1), "tekst", null)).Errors.Keys);
        Assert.Contains("kind", Assert.Throws<ValidationException>(() => plan.Contribute("Mor", (ContributorKind)int.MaxValue, "Kører", null)).Errors.Keys);
    }

    [Fact]
    public void WeeklyCost_OfAStoredRowWithAnUndefinedUnit_DoesNotThrowAndIsFlagged()
    {
        var i = new Intervention(Guid.NewGuid(), Guid.NewGuid(), null, Order(), "x", Now);
        typeof(Intervention).GetProperty(nameof(Intervention.Unit))!.SetValue(i, (ServiceUnit)99);
        Assert.Equal(0m, i.WeeklyCost);
        Assert.False(i.HasKnownUnit);
    }
}

/// <summary>Issue 16, defect 3: a later follow-up does not overwrite an earlier pending one as the plan's next.</summary>
public class NextFollowUpTests
{
    [Fact]
    public void ScheduleFollowUp_LaterThanThePendingOne_KeepsTheEarlier()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        plan.ScheduleFollowUp(new DateOnly(2027, 3, 1));
        plan.ScheduleFollowUp(new DateOnly(2027, 5, 1));
        Assert.Equal(new DateOnly(2027, 3, 1), plan.NextFollowUp);
        plan.ScheduleFollowUp(new DateOnly(2027, 2, 1));
        Assert.Equal(new DateOnly(2027, 2, 1), plan.NextFollowUp);
        plan.NextFollowUpIs(new DateOnly(2027, 3, 1));
        Assert.Equal(new DateOnly(2027, 3, 1), plan.NextFollowUp);
    }
}
