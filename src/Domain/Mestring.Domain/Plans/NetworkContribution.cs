using Mestring.Domain.Common;

namespace Mestring.Domain.Plans;

public enum ContributorKind
{
    FamilyMember,
    Volunteer,
    UserOrganisation,
}

/// <summary>What family, volunteers or user organisations do in the plan. Shared with them only under consent.</summary>
public sealed class NetworkContribution : TenantEntity, ICitizenData
{
    private NetworkContribution() { }

    public NetworkContribution(Guid municipalityId, Guid citizenId, Guid planId, string contributor, ContributorKind kind, string task, Guid? goalId, string? networkUserId)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        PlanId = planId;
        Contributor = Guard.NotBlank(contributor, "contributor", 200);
        Kind = Guard.Defined(kind, "kind");
        Task = Guard.NotBlank(task, "task", 2000);
        GoalId = goalId;
        NetworkUserId = networkUserId;
    }

    public Guid CitizenId { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>Name of the person or organisation (also the consent recipient).</summary>
    public string Contributor { get; private set; } = "";
    public ContributorKind Kind { get; private set; }
    public string Task { get; private set; } = "";
    public Guid? GoalId { get; private set; }
    /// <summary>The login of the network member, when they have one.</summary>
    public string? NetworkUserId { get; private set; }
    /// <summary>The day the contribution ended; an ended contribution is history: no longer shared, no longer changed.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool Ended => EndedOn is not null;

    /// <summary>Changes who contributes, how and with what (the goal is checked by the plan).</summary>
    internal void Revise(string contributor, ContributorKind kind, string task, Guid? goalId)
    {
        RequireOpen();
        Contributor = Guard.NotBlank(contributor, "contributor", 200);
        Kind = Guard.Defined(kind, "kind");
        Task = Guard.NotBlank(task, "task", 2000);
        GoalId = goalId;
    }

    /// <summary>Ends the contribution on a day that is not in the future.</summary>
    public void End(DateOnly on, DateOnly today)
    {
        RequireOpen();
        if (on > today)
        {
            throw ValidationException.For("endedOn", "must not be in the future");
        }
        EndedOn = on;
    }

    private void RequireOpen()
    {
        if (Ended)
        {
            throw new DomainException("network.ended", "The network contribution has ended and can no longer be changed.", "endedOn");
        }
    }
}
