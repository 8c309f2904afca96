namespace Mestring.Domain.Access;

/// <summary>
/// What of a citizen's plan a viewer sees, by how they are related to the citizen. The caseworker and the citizen
/// see all of it; a provider sees only its own interventions and the goals they serve; the network sees only what
/// is shared under consent. One rule, used by every read of the plan, its history, assessments, follow-ups and consents.
/// </summary>
public sealed record PlanVisibility(AccessBasis Basis)
{
    /// <summary>A provider with an active order: its part of the plan only.</summary>
    public bool OnlyOwnInterventions => Basis == AccessBasis.ActiveOrder;

    /// <summary>The plan's sections by sector are not shown to a provider.</summary>
    public bool SeesSections => Basis != AccessBasis.ActiveOrder;

    /// <summary>A provider or a network member sees only the network contributions shared under consent.</summary>
    public bool OnlyConsentedNetwork => Basis is AccessBasis.ActiveOrder or AccessBasis.SharedTask;

    /// <summary>The history (versions and comparisons) is the caseworker's and the citizen's.</summary>
    public bool SeesHistory => Basis is not (AccessBasis.ActiveOrder or AccessBasis.SharedTask);

    /// <summary>Assessments and follow-ups are not shared with the network.</summary>
    public bool SeesAssessments => Basis != AccessBasis.SharedTask;

    /// <summary>The consents themselves are for the caseworker and the citizen.</summary>
    public bool SeesConsents => Basis is not (AccessBasis.ActiveOrder or AccessBasis.SharedTask);

    /// <summary>Whether an intervention to <paramref name="providerId"/> is visible to a viewer from <paramref name="viewerProviderId"/>.</summary>
    public bool SeesIntervention(Guid providerId, Guid? viewerProviderId) => !OnlyOwnInterventions || providerId == viewerProviderId;

    /// <summary>Whether a goal is visible, given the goals that the visible interventions serve.</summary>
    public bool SeesGoal(Guid goalId, IReadOnlySet<Guid> servedGoals) => !OnlyOwnInterventions || servedGoals.Contains(goalId);
}
