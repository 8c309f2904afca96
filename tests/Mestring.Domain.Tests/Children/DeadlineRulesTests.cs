using Mestring.Domain.Children;

namespace Mestring.Domain.Tests.Children;

public class DeadlineRulesTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private static DateTimeOffset Dk(int y, int m, int d, int h = 0, TimeSpan? offset = null) => new(y, m, d, h, 0, 0, offset ?? Winter);

    private static ChildCaseFacts Facts(
        NotificationFact[]? notifications = null, InvestigationFact[]? investigations = null, DecisionFact[]? decisions = null,
        DateTimeOffset[]? plans = null, DateTimeOffset[]? youthPlans = null, DateTimeOffset[]? followUps = null,
        DateTimeOffset? transition = null, DateOnly? birth = null) =>
        new(Child, birth ?? new DateOnly(2016, 5, 1), notifications ?? [], investigations ?? [], decisions ?? [],
            plans ?? [], youthPlans ?? [], followUps ?? [], transition);

    private static ChildDeadline Single(ChildCaseFacts facts, DeadlineKind kind, DateTimeOffset asOf) =>
        Assert.Single(DeadlineRules.Compute(facts, asOf), d => d.Kind == kind);

    [Fact]
    public void Notification_OnAFridayAt16_IsDueSaturdayAt16_NotMonday()
    {
        var friday = Dk(2026, 3, 6, 16);
        var d = Single(Facts([new(Guid.NewGuid(), friday, null)]), DeadlineKind.Notification24h, Dk(2026, 3, 6, 18));
        Assert.Equal(Dk(2026, 3, 7, 16), d.DueAt);
        Assert.Equal(Winter, d.DueAt.Offset);
        Assert.Equal(DeadlineStatus.Due, d.Status);
        Assert.Null(d.MetAt);
    }

    [Fact]
    public void Notification_AssessedMondayMorning_IsMetLate_AndOpenPastSaturday_IsOverdue()
    {
        var friday = Dk(2026, 3, 6, 16);
        var late = Single(Facts([new(Guid.NewGuid(), friday, Dk(2026, 3, 9, 9))]), DeadlineKind.Notification24h, Dk(2026, 3, 10));
        Assert.Equal(DeadlineStatus.MetLate, late.Status);
        var open = Single(Facts([new(Guid.NewGuid(), friday, null)]), DeadlineKind.Notification24h, Dk(2026, 3, 7, 17));
        Assert.Equal(DeadlineStatus.Overdue, open.Status);
        var inTime = Single(Facts([new(Guid.NewGuid(), friday, Dk(2026, 3, 7, 15))]), DeadlineKind.Notification24h, Dk(2026, 3, 10));
        Assert.Equal(DeadlineStatus.Met, inTime.Status);
    }

    [Fact]
    public void Notification_AcrossTheSpringChange_Is24ElapsedHours()
    {
        var saturday = Dk(2026, 3, 28, 16);
        var d = Single(Facts([new(Guid.NewGuid(), saturday, null)]), DeadlineKind.Notification24h, saturday);
        Assert.Equal(saturday + TimeSpan.FromHours(24), d.DueAt);
        Assert.Equal(Summer, d.DueAt.Offset);
    }

    [Fact]
    public void Investigation_FromANotification_Runs4CalendarMonthsFromTheNotificationsReceipt()
    {
        var received = Dk(2026, 1, 31, 10);
        var facts = Facts([new(Guid.NewGuid(), received, received.AddHours(3))], [new(Guid.NewGuid(), received, null, null)]);
        var d = Single(facts, DeadlineKind.Investigation4m, Dk(2026, 2, 15));
        Assert.Equal(received, d.TriggeredAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 31, 10, 0, 0, Summer), d.DueAt);
        Assert.Equal(DeadlineStatus.Due, d.Status);
    }

    [Fact]
    public void Investigation_FromAnApplication_RunsFromTheApplication_AndAPreliminaryAssessmentInTimeMeetsIt()
    {
        var applied = Dk(2025, 10, 31, 9);
        var prelim = Dk(2026, 2, 27, 12);
        var d = Single(Facts(investigations: [new(Guid.NewGuid(), applied, Dk(2026, 4, 1, 12), prelim)]), DeadlineKind.Investigation4m, Dk(2026, 5, 1));
        Assert.Equal(Dk(2026, 2, 28, 9), d.DueAt);
        Assert.Equal(prelim, d.MetAt);
        Assert.Equal(DeadlineStatus.Met, d.Status);
    }

    [Fact]
    public void Investigation_NotFinishedIn4Months_IsOverdue_ThenMetLate()
    {
        var aware = Dk(2026, 1, 5, 9);
        var open = Single(Facts(investigations: [new(Guid.NewGuid(), aware, null, null)]), DeadlineKind.Investigation4m, Dk(2026, 5, 6));
        Assert.Equal(DeadlineStatus.Overdue, open.Status);
        var late = Single(Facts(investigations: [new(Guid.NewGuid(), aware, Dk(2026, 5, 20), null)]), DeadlineKind.Investigation4m, Dk(2026, 6, 1));
        Assert.Equal(DeadlineStatus.MetLate, late.Status);
        Assert.Equal(Dk(2026, 5, 20), late.MetAt);
    }

    [Fact]
    public void Section32_PlanAndFirstFollowUp_Are3MonthsAfterTheDecision()
    {
        var decided = Dk(2026, 2, 10, 11);
        var facts = Facts(decisions: [new(Guid.NewGuid(), ChildDecisionSection.Section32, decided, null, null)],
            plans: [Dk(2026, 4, 1, 0, Summer)]);
        var all = DeadlineRules.Compute(facts, Dk(2026, 6, 1));
        var plan = Assert.Single(all, d => d.Kind == DeadlineKind.Plan3m);
        Assert.Equal(new DateTimeOffset(2026, 5, 10, 11, 0, 0, Summer), plan.DueAt);
        Assert.Equal(DeadlineStatus.Met, plan.Status);
        var followUp = Assert.Single(all, d => d.Kind == DeadlineKind.FollowUp3m);
        Assert.Equal(DeadlineStatus.Overdue, followUp.Status);
        Assert.Null(followUp.MetAt);
    }

    [Fact]
    public void Section47_PlanIsDueBeforeTheDecision()
    {
        var prepared = Dk(2026, 2, 2, 9);
        var meeting = Dk(2026, 2, 20, 14);
        var decision = new DecisionFact(Guid.NewGuid(), ChildDecisionSection.Section47, meeting, null, null, prepared, meeting);
        var afterMeeting = Single(Facts(decisions: [decision], plans: [meeting.AddDays(3)]), DeadlineKind.Plan3m, Dk(2026, 3, 1));
        Assert.Equal(prepared, afterMeeting.TriggeredAt);
        Assert.Equal(meeting, afterMeeting.DueAt);
        Assert.Equal(DeadlineStatus.MetLate, afterMeeting.Status);
        var before = Single(Facts(decisions: [decision], plans: [meeting.AddDays(-2)]), DeadlineKind.Plan3m, Dk(2026, 3, 1));
        Assert.Equal(DeadlineStatus.Met, before.Status);
    }

    [Fact]
    public void Section47_PreparedNotYetDecided_IsDueAtTheMeeting()
    {
        var prepared = Dk(2026, 2, 2, 9);
        var meeting = Dk(2026, 2, 20, 14);
        var decision = new DecisionFact(Guid.NewGuid(), ChildDecisionSection.Section47, null, null, null, prepared, meeting);
        var all = DeadlineRules.Compute(Facts(decisions: [decision]), Dk(2026, 2, 10));
        var plan = Assert.Single(all);
        Assert.Equal(DeadlineKind.Plan3m, plan.Kind);
        Assert.Equal(meeting, plan.DueAt);
        Assert.Equal(DeadlineStatus.Due, plan.Status);
    }

    [Fact]
    public void AMeasureInForceAt15AndAHalf_NeedsTheYouthPlanBy16_AndTheTransitionBy18()
    {
        var birth = new DateOnly(2010, 8, 15);
        var decision = new DecisionFact(Guid.NewGuid(), ChildDecisionSection.Section46, Dk(2024, 1, 10, 10), null, null);
        var facts = Facts(decisions: [decision], plans: [Dk(2024, 2, 1)], youthPlans: [new DateTimeOffset(2026, 9, 1, 10, 0, 0, Summer)], birth: birth);
        var all = DeadlineRules.Compute(facts, Dk(2028, 12, 1));
        var youth = Assert.Single(all, d => d.Kind == DeadlineKind.YouthPlan16);
        Assert.Equal(new DateTimeOffset(2026, 8, 15, 0, 0, 0, Summer), youth.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 2, 15, 0, 0, 0, Winter), youth.TriggeredAt);
        Assert.Equal(DeadlineStatus.MetLate, youth.Status);
        var transition = Assert.Single(all, d => d.Kind == DeadlineKind.Transition18);
        Assert.Equal(new DateTimeOffset(2028, 8, 15, 0, 0, 0, Summer), transition.DueAt);
        Assert.Equal(DeadlineStatus.Overdue, transition.Status);
    }

    [Fact]
    public void AMeasureThatEndedLongBefore16_GivesNoYouthPlan()
    {
        var decision = new DecisionFact(Guid.NewGuid(), ChildDecisionSection.Section32, Dk(2020, 1, 10), null, Dk(2020, 7, 10));
        var all = DeadlineRules.Compute(Facts(decisions: [decision], birth: new DateOnly(2008, 1, 1)), Dk(2027, 1, 1));
        Assert.DoesNotContain(all, d => d.Kind is DeadlineKind.YouthPlan16 or DeadlineKind.Transition18);
    }

    [Fact]
    public void FactsAfterTheAsOfInstant_AreNotYetKnown()
    {
        var received = Dk(2026, 3, 2, 9);
        var facts = Facts([new(Guid.NewGuid(), received, received.AddHours(30)), new(Guid.NewGuid(), Dk(2026, 4, 1), null)]);
        var d = Assert.Single(DeadlineRules.Compute(facts, received.AddHours(26)));
        Assert.Null(d.MetAt);
        Assert.Equal(DeadlineStatus.Overdue, d.Status);
    }

    [Fact]
    public void Names_AreTheContractNames()
    {
        Assert.Equal(["notification-24h", "investigation-4m", "plan-3m", "follow-up-3m", "youth-plan-16", "transition-18"],
            DeadlineNames.Kinds.Select(k => k.Name()));
        Assert.Equal(["due", "overdue", "met", "met-late"], Enum.GetValues<DeadlineStatus>().Select(s => s.Name()));
    }
}
