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
}
