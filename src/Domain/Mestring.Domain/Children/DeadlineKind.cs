namespace Mestring.Domain.Children;

/// <summary>The legal deadlines of a child's case under Barnets Lov (docs/children.md).</summary>
public enum DeadlineKind
{
    /// <summary>§§136–137: a notification is assessed (acute danger?) within 24 hours of receipt.</summary>
    Notification24h,

    /// <summary>§20: the child-professional investigation is finished (or a foreløbig vurdering made) within 4 months of awareness.</summary>
    Investigation4m,

    /// <summary>§91: barnets plan within 3 months of the decision (before the decision in a §47 case).</summary>
    Plan3m,

    /// <summary>§95: the first follow-up within 3 months of the start of the measure.</summary>
    FollowUp3m,

    /// <summary>§§108–109: the ungeplan by the 16th birthday.</summary>
    YouthPlan16,

    /// <summary>§§108–123: the transition into adulthood decided by the 18th birthday.</summary>
    Transition18,
}

/// <summary>Where a deadline stands as of an instant.</summary>
public enum DeadlineStatus
{
    /// <summary>Open, and the due time has not passed.</summary>
    Due,

    /// <summary>Open, and the due time has passed.</summary>
    Overdue,

    /// <summary>Met on or before the due time.</summary>
    Met,

    /// <summary>Met, after the due time.</summary>
    MetLate,
}

/// <summary>The contract names of the kinds and statuses (CLI, API, register extract).</summary>
public static class DeadlineNames
{
    public static string Name(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Notification24h => "notification-24h",
        DeadlineKind.Investigation4m => "investigation-4m",
        DeadlineKind.Plan3m => "plan-3m",
        DeadlineKind.FollowUp3m => "follow-up-3m",
        DeadlineKind.YouthPlan16 => "youth-plan-16",
        DeadlineKind.Transition18 => "transition-18",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Name(this DeadlineStatus status) => status switch
    {
        DeadlineStatus.Due => "due",
        DeadlineStatus.Overdue => "overdue",
        DeadlineStatus.Met => "met",
        DeadlineStatus.MetLate => "met-late",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static IReadOnlyList<DeadlineKind> Kinds { get; } = Enum.GetValues<DeadlineKind>();

    public static DeadlineKind? ParseKind(string? name) => Kinds.Cast<DeadlineKind?>().FirstOrDefault(k => k!.Value.Name() == name);
}
