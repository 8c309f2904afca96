namespace Mestring.Domain.Interventions;

/// <summary>Ordering flow: the caseworker orders, the provider accepts (active) or declines, and it ends with an FFB decision.</summary>
public enum InterventionStatus
{
    Ordered,
    Declined,
    Active,
    Ended,
    /// <summary>Withdrawn by the caseworker before the provider answered.</summary>
    Cancelled,
}

/// <summary>The unit a takst is priced in (register extract: day/hour/week/month).</summary>
public enum ServiceUnit
{
    Day,
    Hour,
    Week,
    Month,
}
