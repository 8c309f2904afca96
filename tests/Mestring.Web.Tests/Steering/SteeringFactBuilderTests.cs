using Mestring.Application.Steering;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;

namespace Mestring.Web.Tests.Steering;

/// <summary>The facts of a two-citizen municipality against values worked out by hand.</summary>
public sealed class SteeringFactBuilderTests
{
    private static readonly Guid Anna = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Bo = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Provider = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid Goal = Guid.Parse("00000000-0000-0000-0000-0000000000a1");

    [Fact]
    public void Spending_citizens_goals_progress_and_transition_match_the_hand_computed_values()
    {
        var input = new SteeringInput(
            [new CitizenRow(Anna, "Nord", new DateOnly(1980, 5, 1)), new CitizenRow(Bo, null, new DateOnly(2006, 3, 1))],
            [
                // 700 kr. a week from 1 July 2023 to 30 June 2024: 184 days in 2023 (18,400 kr.), 182 days in 2024 (18,200 kr.).
                new InterventionRow(Anna, InterventionStatus.Ended, new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30), ServiceUnit.Hour, 7, 100,
                    "SEL-85", "T1", 2, Provider, "Bostøtte", [Goal]),
                // 5,200 kr. a month = 1,200 kr. a week, open from 1 January 2024: 366 days to the end of 2024 = 62,742.86 kr.
                new InterventionRow(Bo, InterventionStatus.Active, new DateOnly(2024, 1, 1), null, ServiceUnit.Month, 1, 5200,
                    "SEL-107", null, 4, Provider, "Botilbud", []),
                // Declined: never counted.
                new InterventionRow(Bo, InterventionStatus.Declined, new DateOnly(2024, 1, 1), null, ServiceUnit.Week, 1, 99_999,
                    "SEL-108", null, 5, Provider, "Botilbud", []),
            ],
            [new GoalRow(Goal, Anna, Guid.NewGuid(), GoalStatus.Achieved, new DateOnly(2024, 6, 1), 3, "C1")],
            [new LevelRow(Anna, "C1", new DateOnly(2024, 5, 1), 1)],
            [Anna, Bo],
            [new FollowUpRow(Bo, new DateOnly(2024, 2, 1))]);

        var facts = SteeringFactBuilder.Build(input, 2024).ToList();
        decimal Spend(int year, string cut, string key) => facts.Where(f => f.Year == year && f.Cut == cut && f.Key == key).Sum(f => f.Spending);
        int Citizens(int year, string cut, string key) => facts.Where(f => f.Year == year && f.Cut == cut && f.Key == key).Sum(f => f.Citizens);

        Assert.Equal(18_400.00m, Spend(2023, SteeringCuts.Total, ""));
        Assert.Equal(1, Citizens(2023, SteeringCuts.Total, ""));
        Assert.Equal(18_200.00m + 62_742.86m, Spend(2024, SteeringCuts.Total, ""));
        Assert.Equal(2, Citizens(2024, SteeringCuts.Total, ""));
        Assert.Equal(18_200.00m, Spend(2024, SteeringCuts.Basis, "SEL-85"));
        Assert.Equal(62_742.86m, Spend(2024, SteeringCuts.Basis, "SEL-107"));
        Assert.Equal(0, Citizens(2024, SteeringCuts.Basis, "SEL-108"));
        Assert.Equal(18_200.00m, Spend(2024, SteeringCuts.Area, "Nord"));
        Assert.Equal(62_742.86m, Spend(2024, SteeringCuts.Area, SteeringCuts.Unknown));
        Assert.Equal(1, Citizens(2024, SteeringCuts.LevelTarget, "2|T1"));
        Assert.Equal(1, Citizens(2024, SteeringCuts.Level, "4"));
        // The goal: due 2024, met; baseline 3, latest level 1 → 2 levels gained, credited to the one serving intervention.
        Assert.Equal(1, facts.Where(f => f.Cut == SteeringCuts.Goals && f.Year == 2024 && f.Key == "Achieved").Sum(f => f.ItemsMet));
        Assert.Equal(2m, facts.Where(f => f.Cut == SteeringCuts.Method && f.Key == "Bostøtte" && f.Year == 2024).Sum(f => f.Progress));
        Assert.Equal(2m, facts.Where(f => f.Cut == SteeringCuts.Provider && f.Year == 2024).Sum(f => f.Progress));
        // Bo turned 18 on 1 March 2024 with support and without goals: a transition without a shared plan.
        Assert.Equal(1, Citizens(2024, SteeringCuts.Transition, SteeringCuts.WithoutPlan));
        Assert.Equal(0, Citizens(2024, SteeringCuts.Transition, SteeringCuts.WithPlan));
        // Casework quality now: Bo has a plan without goals and one open follow-up due 1 February 2024.
        Assert.Equal(1, facts.Where(f => f.Cut == SteeringCuts.Quality && f.Key == SteeringCuts.PlansWithoutGoals).Sum(f => f.Items));
        Assert.Equal(1, facts.Where(f => f.Cut == SteeringCuts.FollowUpDue && f.Key == "2024-02-01").Sum(f => f.Items));
    }

    [Fact]
    public void Days_in_a_year_count_both_ends_and_stop_at_the_build_year()
    {
        var row = new InterventionRow(Anna, InterventionStatus.Active, new DateOnly(2022, 12, 31), null, ServiceUnit.Week, 1, 1, "SEL-85", null, null, Provider, "x", []);
        Assert.Equal(1, SteeringFactBuilder.DaysIn(row, 2022, 2024));
        Assert.Equal(365, SteeringFactBuilder.DaysIn(row, 2023, 2024));
        Assert.Equal(366, SteeringFactBuilder.DaysIn(row, 2024, 2024));
        Assert.Equal(0, SteeringFactBuilder.DaysIn(row, 2025, 2024));
    }
}
