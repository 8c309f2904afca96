using Mestring.Domain.Common;
using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Domain.Tests.Plans;

public class PlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static GoalDraft Draft(int? baseline = 3, int? target = 1, GoalKind kind = GoalKind.Develop, string? primary = null, IReadOnlyList<string>? secondary = null) =>
        new("Jeg vil lave min egen mad", "Udvikler evnen til at lave mad", kind, primary ?? TestCodes.Cooking, secondary ?? [], baseline, target, new DateOnly(2027, 5, 1));

    [Fact]
    public void Commit_MakesANewVersionForEveryChange()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        plan.AddGoal(Draft());
        plan.Commit(Now, "Mette", "Mål aftalt", "{}");
        plan.SetSection(Sector.Employment, "Ressourceforløb", "Jobcenter");
        plan.Commit(Now.AddMinutes(5), "Mette", "Afsnit", "{}");

        Assert.Equal(2, plan.Version);
        Assert.Equal([1, 2], plan.Versions.Select(v => v.Number));
    }

    [Fact]
    public void AddGoal_WhenDevelopGoalDoesNotAimBelowBaseline_IsRefused()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        var error = Assert.Throws<ValidationException>(() => plan.AddGoal(Draft(baseline: 2, target: 2)));
        Assert.Contains("targetLevel", error.Errors.Keys);
    }

    [Fact]
    public void AddGoal_WithAMaintainGoal_AllowsTheSameLevel()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        var goal = plan.AddGoal(Draft(baseline: 2, target: 2, kind: GoalKind.Maintain));
        Assert.Equal(2, goal.TargetLevel);
    }

    [Fact]
    public void AddGoal_WhenPrimaryConditionIsNotActivityAndParticipation_IsRefused()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        var error = Assert.Throws<ValidationException>(() => plan.AddGoal(Draft(primary: TestCodes.Memory)));
        Assert.Contains("primaryConditionCode", error.Errors.Keys);
    }

    [Fact]
    public void AddGoal_WithASecondaryConditionEqualToThePrimary_IsRefused()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        Assert.Throws<ValidationException>(() => plan.AddGoal(Draft(secondary: [TestCodes.Cooking])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void AddGoal_WithALevelOutsideZeroToFour_IsRefused(int level)
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        Assert.Throws<ValidationException>(() => plan.AddGoal(Draft(baseline: level, target: 0)));
    }

    [Fact]
    public void AddGoal_WithoutBaseline_IsAllowedBecauseNotAssessedIsNotALevel()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        Assert.Null(plan.AddGoal(Draft(baseline: null, target: 1)).BaselineLevel);
    }

    [Fact]
    public void SetSection_ReplacesTheSectorsText()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        plan.SetSection(Sector.Health, "Egen læge", null);
        plan.SetSection(Sector.Health, "Psykiatrien", "Region");
        var section = Assert.Single(plan.Sections);
        Assert.Equal("Psykiatrien", section.Text);
    }

    [Fact]
    public void FindGoal_OfAnotherPlan_IsABrokenRule()
    {
        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid());
        Assert.Throws<DomainException>(() => plan.FindGoal(Guid.NewGuid()));
    }
}
