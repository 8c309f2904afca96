using Mestring.Domain.Common;

namespace Mestring.Domain.Children;

/// <summary>Børne- og ungeudvalget's outcome in a §47 case.</summary>
public enum CommitteeOutcome
{
    Approved,
    Rejected,
}

/// <summary>An intervention ordered from a provider under a decision (as for adults).</summary>
public sealed record OrderedIntervention(Guid InterventionId);

/// <summary>
/// A decision on a measure for a child: §32 støttende indsats (one of the 8 types, with the parents' consent), §46
/// placement with consent (requires a §20 investigation) or §47 placement without consent, prepared here and decided
/// by børne- og ungeudvalget outside the system, then recorded. Each states its purpose, expected duration, legal basis
/// and complaint guidance.
/// </summary>
public sealed class ChildDecision : TenantEntity, ICitizenData
{
    public const string Committee = "Børne- og ungeudvalget";
    public const int TextMaxLength = 4000;

    private ChildDecision() { }

    private ChildDecision(Guid municipalityId, Guid citizenId, ChildDecisionSection section, SupportType? supportType, string purpose,
        int expectedDurationMonths, bool parentsConsent, Guid? investigationId, string legalBasis, string complaintGuidance, string by)
    {
        if (expectedDurationMonths is < 1 or > 240)
        {
            throw ValidationException.For("expectedDurationMonths", "must be 1–240 months");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Section = section;
        SupportType = supportType;
        Purpose = Guard.NotBlank(purpose, "purpose", TextMaxLength);
        ExpectedDurationMonths = expectedDurationMonths;
        ParentsConsent = parentsConsent;
        InvestigationId = investigationId;
        LegalBasis = Guard.NotBlank(legalBasis, "legalBasis", 200);
        ComplaintGuidance = Guard.NotBlank(complaintGuidance, "complaintGuidance", TextMaxLength);
        PreparedBy = Guard.NotBlank(by, "preparedBy", 256);
    }

    public Guid CitizenId { get; private set; }
    public ChildDecisionSection Section { get; private set; }
    public SupportType? SupportType { get; private set; }
    public string Purpose { get; private set; } = "";
    public int ExpectedDurationMonths { get; private set; }
    public bool ParentsConsent { get; private set; }
    public Guid? InvestigationId { get; private set; }
    public string LegalBasis { get; private set; } = "";
    public string ComplaintGuidance { get; private set; } = "";
    public string PreparedBy { get; private set; } = "";
    public DateTimeOffset? PreparedAt { get; private set; }
    /// <summary>§47: the committee meeting the case is put before.</summary>
    public DateTimeOffset? MeetingAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public CommitteeOutcome? Outcome { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public List<OrderedIntervention> Interventions { get; private set; } = [];

    /// <summary>Decided and in force (a rejected §47 case never is).</summary>
    public bool InForce => DecidedAt is not null && Outcome != CommitteeOutcome.Rejected;

    /// <summary>§32: decided by the caseworker with the parents' consent.</summary>
    public static ChildDecision SupportMeasure(Guid municipalityId, Guid citizenId, SupportType type, string purpose, int months,
        bool parentsConsent, Guid? investigationId, string legalBasis, string complaintGuidance, string by, DateTimeOffset decidedAt, DateTimeOffset? startsAt)
    {
        if (!Enum.IsDefined(type))
        {
            throw ValidationException.For("supportType", "must be one of the eight §32 types");
        }
        if (!parentsConsent)
        {
            throw new DomainException("decision.consent-required", "A §32 støttende indsats is decided with the parents' consent.", "parentsConsent");
        }
        var d = new ChildDecision(municipalityId, citizenId, ChildDecisionSection.Section32, type, purpose, months, true, investigationId, legalBasis, complaintGuidance, by);
        d.Decide(by, decidedAt, startsAt);
        return d;
    }

    /// <summary>§46: placement with consent, on a finished §20 investigation (or its foreløbig vurdering).</summary>
    public static ChildDecision PlacementWithConsent(Guid municipalityId, Guid citizenId, string purpose, int months, bool parentsConsent,
        ChildInvestigation? investigation, string legalBasis, string complaintGuidance, string by, DateTimeOffset decidedAt, DateTimeOffset? startsAt)
    {
        if (!parentsConsent)
        {
            throw new DomainException("decision.consent-required", "A §46 placement needs the parents' consent; without it the case is §47.", "parentsConsent");
        }
        var id = RequireInvestigation(investigation, citizenId);
        var d = new ChildDecision(municipalityId, citizenId, ChildDecisionSection.Section46, null, purpose, months, true, id, legalBasis, complaintGuidance, by);
        d.Decide(by, decidedAt, startsAt);
        return d;
    }

    /// <summary>§47: prepared here for børne- og ungeudvalget's meeting; <see cref="RecordCommittee"/> records its decision.</summary>
    public static ChildDecision PreparePlacementWithoutConsent(Guid municipalityId, Guid citizenId, string purpose, int months,
        ChildInvestigation? investigation, string legalBasis, string complaintGuidance, string by, DateTimeOffset preparedAt, DateTimeOffset meetingAt)
    {
        if (meetingAt < preparedAt)
        {
            throw ValidationException.For("meetingAt", "is before the case was prepared");
        }
        var id = RequireInvestigation(investigation, citizenId);
        return new ChildDecision(municipalityId, citizenId, ChildDecisionSection.Section47, null, purpose, months, false, id, legalBasis, complaintGuidance, by)
        {
            PreparedAt = preparedAt,
            MeetingAt = meetingAt,
        };
    }

    /// <summary>Records børne- og ungeudvalget's decision, made outside the system.</summary>
    public void RecordCommittee(CommitteeOutcome outcome, DateTimeOffset decidedAt, DateTimeOffset? startsAt)
    {
        if (Section != ChildDecisionSection.Section47)
        {
            throw new DomainException("decision.not-committee", "Only a §47 case is decided by børne- og ungeudvalget.", "outcome");
        }
        if (DecidedAt is not null)
        {
            throw new DomainException("decision.already-decided", "The committee's decision is already recorded.", "outcome");
        }
        if (!Enum.IsDefined(outcome))
        {
            throw ValidationException.For("outcome", "must be approved or rejected");
        }
        if (decidedAt < PreparedAt)
        {
            throw ValidationException.For("decidedAt", "is before the case was prepared");
        }
        Outcome = outcome;
        Decide(Committee, decidedAt, outcome == CommitteeOutcome.Approved ? startsAt : null);
    }

    public void AddIntervention(Guid interventionId)
    {
        if (!InForce)
        {
            throw new DomainException("decision.not-in-force", "Interventions are ordered under a decision in force.", "decisionId");
        }
        Interventions = [.. Interventions, new OrderedIntervention(interventionId)];
    }

    public void End(DateTimeOffset at)
    {
        if (!InForce || EndedAt is not null)
        {
            throw new DomainException("decision.not-in-force", "Only a decision in force can end.", "endedAt");
        }
        EndedAt = at < (StartsAt ?? DecidedAt) ? throw ValidationException.For("endedAt", "is before the measure started") : at;
    }

    /// <summary>The facts the deadline rules need.</summary>
    public DecisionFact ToFact() => new(Id, Section, DecidedAt, InForce ? StartsAt ?? DecidedAt : null,
        InForce ? EndedAt : DecidedAt, PreparedAt, MeetingAt)
    { InForce = InForce };

    private void Decide(string by, DateTimeOffset decidedAt, DateTimeOffset? startsAt)
    {
        DecidedBy = Guard.NotBlank(by, "decidedBy", 256);
        DecidedAt = decidedAt;
        PreparedAt ??= decidedAt;
        StartsAt = startsAt;
    }

    private static Guid RequireInvestigation(ChildInvestigation? investigation, Guid citizenId)
    {
        if (investigation is null || investigation.CitizenId != citizenId || investigation.Kind != InvestigationKind.Undersoegelse
            || (investigation.CompletedAt is null && investigation.PreliminaryAt is null))
        {
            throw new DomainException("decision.investigation-required",
                "A placement requires the child's §20 investigation, finished or with its foreløbig vurdering.", "investigationId");
        }
        return investigation.Id;
    }
}
