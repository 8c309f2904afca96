using Mestring.Domain.Common;

namespace Mestring.Domain.Children;

/// <summary>Which plan a version of the citizen's plan was agreed as.</summary>
public enum ChildPlanKind
{
    /// <summary>Barnets plan (§§91–92).</summary>
    ChildPlan,

    /// <summary>Ungeplan from 16 (§§108–109).</summary>
    YouthPlan,

    /// <summary>The transition at 18 into the adult plan (ungestøtte §§108–123 or Serviceloven).</summary>
    Transition,
}

/// <summary>What the young person moves into at 18.</summary>
public enum TransitionTarget
{
    /// <summary>Ungestøtte 18–22 under Barnets Lov.</summary>
    YouthSupport,

    /// <summary>The adult plan under Serviceloven (§141 handleplan).</summary>
    ServiceAct,

    /// <summary>No further support.</summary>
    None,
}

/// <summary>
/// Marks a version of the one versioned plan as barnets plan (§91), the ungeplan (§108) or the transition at 18. The
/// goals and their history stay on the plan, so the step into adulthood carries them over without re-entering them.
/// The plan in plain words is what a child from 12 sees; the child's and the parents' own words are kept as said.
/// </summary>
public sealed class ChildPlanRecord : TenantEntity, ICitizenData
{
    public const int TextMaxLength = 4000;

    private ChildPlanRecord() { }

    public ChildPlanRecord(Guid municipalityId, Guid citizenId, ChildPlanKind kind, int planVersion, DateTimeOffset recordedAt, string recordedBy,
        string plainSummary, string? childWords, string? parentsWords, Guid? decisionId, TransitionTarget? target)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ValidationException.For("kind", "must be child-plan, youth-plan or transition");
        }
        if ((kind == ChildPlanKind.Transition) != target.HasValue || (target is { } t && !Enum.IsDefined(t)))
        {
            throw ValidationException.For("target", "is given exactly for the transition (youth-support, service-act or none)");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Kind = kind;
        PlanVersion = planVersion;
        RecordedAt = recordedAt;
        RecordedBy = Guard.NotBlank(recordedBy, "recordedBy", 256);
        PlainSummary = Guard.NotBlank(plainSummary, "plainSummary", TextMaxLength);
        ChildWords = string.IsNullOrWhiteSpace(childWords) ? null : Guard.NotBlank(childWords, "childWords", TextMaxLength);
        ParentsWords = string.IsNullOrWhiteSpace(parentsWords) ? null : Guard.NotBlank(parentsWords, "parentsWords", TextMaxLength);
        DecisionId = decisionId;
        Target = target;
    }

    public Guid CitizenId { get; private set; }
    public ChildPlanKind Kind { get; private set; }
    /// <summary>The version of the citizen's plan this record marks.</summary>
    public int PlanVersion { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string PlainSummary { get; private set; } = "";
    public string? ChildWords { get; private set; }
    public string? ParentsWords { get; private set; }
    public Guid? DecisionId { get; private set; }
    public TransitionTarget? Target { get; private set; }
}

/// <summary>
/// Forældremyndighed: a parent user with custody of a child sees the child's plan and decisions — never who notified.
/// </summary>
public sealed class Custody : TenantEntity, ICitizenData
{
    private Custody() { }

    public Custody(Guid municipalityId, Guid childId, string parentUserId, DateOnly from)
    {
        MunicipalityId = municipalityId;
        CitizenId = childId;
        ParentUserId = Guard.NotBlank(parentUserId, "parentUserId", 64);
        From = from;
    }

    /// <summary>The child.</summary>
    public Guid CitizenId { get; private set; }
    public string ParentUserId { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    public bool ActiveOn(DateOnly day) => From <= day && (To is null || day < To);

    public void End(DateOnly on) => To = on < From ? throw ValidationException.For("to", "is before the custody began") : on;
}
