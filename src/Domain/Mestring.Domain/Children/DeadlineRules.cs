using Mestring.Domain.Common;

namespace Mestring.Domain.Children;

/// <summary>
/// The legal deadlines of a child's case, computed from their triggers (docs/children.md). Pure: the same facts and
/// instant give the same list. Times are instants shown with the Danish offset; hours are clock hours (24 hours from a
/// Friday at 16:00 is Saturday at 16:00), months are calendar months on the Danish calendar from the trigger.
/// Facts after <c>asOf</c> are not yet known, and a deadline triggered after it is not listed.
/// </summary>
public static class DeadlineRules
{
    public static readonly TimeSpan NotificationWindow = TimeSpan.FromHours(24);
    public const int InvestigationMonths = 4;
    public const int PlanMonths = 3;
    public const int FollowUpMonths = 3;
    /// <summary>The ungeplan and the transition are prepared from half a year before the birthday they are due on.</summary>
    public const int LeadMonths = 6;

    public static IReadOnlyList<ChildDeadline> Compute(ChildCaseFacts facts, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = new List<ChildDeadline>();
        void Add(DeadlineKind kind, DateTimeOffset triggered, DateTimeOffset due, DateTimeOffset? met, Guid? source)
        {
            if (triggered > asOf)
            {
                return;
            }
            var known = met is { } m && m <= asOf ? met : null;
            list.Add(new ChildDeadline(facts.CitizenId, kind, DanishCalendar.InDenmark(triggered), DanishCalendar.InDenmark(due),
                known is { } k ? DanishCalendar.InDenmark(k) : null, StatusOf(due, known, asOf), source));
        }

        foreach (var n in facts.Notifications)
        {
            Add(DeadlineKind.Notification24h, n.ReceivedAt, n.ReceivedAt + NotificationWindow, n.AssessedAt, n.Id);
        }
        foreach (var i in facts.Investigations)
        {
            var due = DanishCalendar.AddMonthsInDenmark(i.AwareAt, InvestigationMonths);
            Add(DeadlineKind.Investigation4m, i.AwareAt, due, InvestigationMet(i, due), i.Id);
        }

        var decisions = facts.Decisions.OrderBy(d => d.DecidedAt ?? d.MeetingAt ?? d.PreparedAt).ToList();
        DateTimeOffset? previous = null;
        foreach (var d in decisions)
        {
            var (trigger, due) = PlanWindow(d);
            if (trigger is { } t && due is { } dueAt)
            {
                var after = previous;
                Add(DeadlineKind.Plan3m, t, dueAt, First(facts.ChildPlans, p => after is null || p > after), d.Id);
            }
            if (d.EffectiveAt is { } start)
            {
                Add(DeadlineKind.FollowUp3m, start, DanishCalendar.AddMonthsInDenmark(start, FollowUpMonths), First(facts.FollowUpsCompleted, f => f >= start), d.Id);
            }
            previous = d.DecidedAt ?? previous;
        }

        AddBirthdayDeadline(facts, 16, DeadlineKind.YouthPlan16, First(facts.YouthPlans, _ => true), Add);
        AddBirthdayDeadline(facts, 18, DeadlineKind.Transition18, facts.TransitionAt, Add);
        return [.. list.OrderBy(d => d.DueAt).ThenBy(d => d.Kind)];
    }

    /// <summary>met if met by the due time, met-late after it; open is overdue once the due time has passed.</summary>
    public static DeadlineStatus StatusOf(DateTimeOffset due, DateTimeOffset? met, DateTimeOffset asOf) => met switch
    {
        { } m when m <= due => DeadlineStatus.Met,
        not null => DeadlineStatus.MetLate,
        null when asOf > due => DeadlineStatus.Overdue,
        _ => DeadlineStatus.Due,
    };

    // Finished in time, or a foreløbig vurdering recorded in time (the law's alternative); otherwise whichever came first.
    private static DateTimeOffset? InvestigationMet(InvestigationFact i, DateTimeOffset due)
    {
        if (i.CompletedAt is { } c && c <= due)
        {
            return c;
        }
        if (i.PreliminaryAt is { } p && p <= due)
        {
            return p;
        }
        return Min(i.CompletedAt, i.PreliminaryAt);
    }

    // §91: 3 months after the decision; §47: before the committee decides, from when the case was prepared for it.
    private static (DateTimeOffset? Trigger, DateTimeOffset? Due) PlanWindow(DecisionFact d) => d.Section switch
    {
        ChildDecisionSection.Section47 when (d.DecidedAt ?? d.MeetingAt) is { } decision => (Min(d.PreparedAt, decision) ?? decision, decision),
        ChildDecisionSection.Section47 => (null, null),
        _ when d.DecidedAt is { } decided => (decided, DanishCalendar.AddMonthsInDenmark(decided, PlanMonths)),
        _ => (null, null),
    };

    // The ungeplan (16) and the transition (18) concern a child with a measure in force from half a year before the
    // birthday, or decided before it: triggered then, due on the birthday. A measure first decided after the 16th
    // birthday gives the ungeplan 3 months, like barnets plan.
    private static void AddBirthdayDeadline(ChildCaseFacts facts, int age, DeadlineKind kind, DateTimeOffset? met,
        Action<DeadlineKind, DateTimeOffset, DateTimeOffset, DateTimeOffset?, Guid?> add)
    {
        var birthday = DanishCalendar.StartOfDay(facts.BirthDate.AddYears(age));
        var adulthood = DanishCalendar.StartOfDay(facts.BirthDate.AddYears(18));
        var lead = DanishCalendar.AddMonthsInDenmark(birthday, -LeadMonths);
        var inForce = facts.Decisions.Where(d => d.ActiveAt(lead)).Select(d => (DecisionFact?)d).FirstOrDefault();
        if (inForce is not null)
        {
            add(kind, lead, birthday, met, inForce.Id);
            return;
        }
        var later = facts.Decisions.Where(d => d.EffectiveAt is { } e && e > lead && e < adulthood).OrderBy(d => d.EffectiveAt).FirstOrDefault();
        if (later?.EffectiveAt is not { } start)
        {
            return;
        }
        var due = start < birthday ? birthday : DanishCalendar.AddMonthsInDenmark(start, PlanMonths);
        add(kind, start, due, met, later.Id);
    }

    private static DateTimeOffset? First(IEnumerable<DateTimeOffset> times, Func<DateTimeOffset, bool> where)
    {
        DateTimeOffset? first = null;
        foreach (var t in times)
        {
            if (where(t) && (first is null || t < first))
            {
                first = t;
            }
        }
        return first;
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
