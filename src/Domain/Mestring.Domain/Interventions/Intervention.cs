using Mestring.Domain.Common;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Domain.Interventions;

/// <summary>
/// An indsats: an FFB ydelse under a legal basis, delivered by a provider at a takst. Its state machine
/// guards itself; the provider can only answer an order, and only an active intervention can end.
/// </summary>
public sealed class Intervention : TenantEntity, ICitizenData
{
    private Intervention() { }

    public Intervention(Guid municipalityId, Guid citizenId, Guid? planId, InterventionOrder order, string orderedBy, DateTimeOffset at)
    {
        if (!FfbBranches.Default.IsService(order.ServiceCode))
        {
            throw ValidationException.For("serviceCode", $"'{order.ServiceCode}' is not an FFB ydelse");
        }
        Guard.Defined(order.Sector, "sector");
        Guard.Defined(order.Unit, "unit");
        if (order.UnitsPerWeek < 0)
        {
            throw ValidationException.For("unitsPerWeek", "must not be negative");
        }
        if (order.UnitPrice < 0)
        {
            throw ValidationException.For("unitPrice", "must not be negative");
        }
        if (order.End is { } end && end < order.Start)
        {
            throw ValidationException.For("end", "is before the start");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        PlanId = planId;
        ServiceCode = order.ServiceCode;
        LegalBasis = LegalBasisCode.Normalise(order.LegalBasis);
        Sector = order.Sector;
        ProviderId = order.ProviderId;
        Method = string.IsNullOrWhiteSpace(order.Method) ? null : order.Method.Trim();
        UnitsPerWeek = order.UnitsPerWeek;
        Unit = order.Unit;
        UnitPrice = order.UnitPrice;
        Start = order.Start;
        End = order.End;
        GoalIds = [.. order.GoalIds.Distinct()];
        OrderedBy = orderedBy;
        OrderedAt = at;
        Status = InterventionStatus.Ordered;
    }

    public Guid CitizenId { get; private set; }
    public Guid? PlanId { get; private set; }
    /// <summary>The id in the register extract (service_id), when it came from one.</summary>
    public string? ExternalId { get; private set; }
    public string ServiceCode { get; private set; } = "";
    /// <summary>E.g. SEL-85, BL-32.</summary>
    public string LegalBasis { get; private set; } = "";
    public Sector Sector { get; private set; }
    public Guid ProviderId { get; private set; }
    /// <summary>The named method, e.g. "Housing First"; null when none is named.</summary>
    public string? Method { get; private set; }
    public decimal UnitsPerWeek { get; private set; }
    public ServiceUnit Unit { get; private set; }
    public decimal UnitPrice { get; private set; }
    public DateOnly Start { get; private set; }
    public DateOnly? End { get; private set; }
    public List<Guid> GoalIds { get; private set; } = [];
    public InterventionStatus Status { get; private set; }
    public string OrderedBy { get; private set; } = "";
    public DateTimeOffset OrderedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? DeclineReason { get; private set; }
    /// <summary>FFB "status på indsats" code of the decision that ended it.</summary>
    public string? EndDecisionCode { get; private set; }
    /// <summary>The FFB målgruppe the service is granted for (register extra column ffb_target_group_code).</summary>
    public string? TargetGroupCode { get; private set; }
    /// <summary>Specialisation level 1–3 of the service (register extra column specialisation_level); null = unknown.</summary>
    public int? SpecialisationLevel { get; private set; }
    /// <summary>True when the register left units_per_week empty; <see cref="UnitsPerWeek"/> is then 0.</summary>
    public bool UnitsPerWeekUnknown { get; private set; }
    /// <summary>True when the register left unit_price_dkk empty; <see cref="UnitPrice"/> is then 0.</summary>
    public bool UnitPriceUnknown { get; private set; }

    /// <summary>An intervention known from a register extract (already decided and delivered).</summary>
    public static Intervention FromRegister(
        Guid municipalityId, Guid citizenId, string externalId, InterventionOrder order, DateOnly today,
        string? targetGroupCode = null, int? specialisationLevel = null, bool unitsPerWeekUnknown = false, bool unitPriceUnknown = false)
    {
        var intervention = new Intervention(municipalityId, citizenId, null, order, "register", order.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            ExternalId = externalId,
            TargetGroupCode = targetGroupCode,
            SpecialisationLevel = specialisationLevel,
            UnitsPerWeekUnknown = unitsPerWeekUnknown,
            UnitPriceUnknown = unitPriceUnknown,
        };
        intervention.Status = order.End is { } end && end < today ? InterventionStatus.Ended : InterventionStatus.Active;
        return intervention;
    }

    public void Accept(DateTimeOffset at)
    {
        RequireStatus(InterventionStatus.Ordered, "accept");
        Status = InterventionStatus.Active;
        AnsweredAt = at;
    }

    public void Decline(string reason, DateTimeOffset at)
    {
        RequireStatus(InterventionStatus.Ordered, "decline");
        DeclineReason = Guard.NotBlank(reason, "reason", 1000);
        Status = InterventionStatus.Declined;
        AnsweredAt = at;
    }

    public void Cancel()
    {
        RequireStatus(InterventionStatus.Ordered, "cancel");
        Status = InterventionStatus.Cancelled;
    }

    public void Finish(DateOnly end, FollowUpDecisionKind decision)
    {
        Guard.Defined(decision, "decision");
        RequireStatus(InterventionStatus.Active, "end");
        if (decision == FollowUpDecisionKind.Continue)
        {
            throw new DomainException("intervention.continue-is-not-end", "A decision to continue does not end the intervention.", "decision");
        }
        if (end < Start)
        {
            throw ValidationException.For("end", "is before the start");
        }
        End = end;
        EndDecisionCode = FfbBranches.Default.DecisionCode(decision);
        Status = InterventionStatus.Ended;
    }

    /// <summary>Only the provider the order went to may answer it or record progress on it.</summary>
    public bool IsOrderedTo(Guid? providerId) => ProviderId == providerId;

    /// <summary>The provider's note of delivered support, on an active intervention and a goal it serves.</summary>
    public ProgressNote RecordProgress(Guid? goalId, string text, decimal? deliveredUnits, string by, DateTimeOffset at)
    {
        if (Status != InterventionStatus.Active)
        {
            throw new DomainException("intervention.not-active", "Progress can only be recorded on an active intervention.", "status");
        }
        if (goalId is { } id && !GoalIds.Contains(id))
        {
            throw ValidationException.For("goalId", "is not a goal this intervention serves");
        }
        return new ProgressNote(MunicipalityId, CitizenId, Id, goalId, text, deliveredUnits, by, at);
    }

    /// <summary>Pending or active: the provider may see the citizen.</summary>
    public bool IsOpen => Status is InterventionStatus.Ordered or InterventionStatus.Active;

    /// <summary>False for a row stored with a unit that names no member (written before the guards): its cost is unknown.</summary>
    public bool HasKnownUnit => Enum.IsDefined(Unit);

    /// <summary>
    /// Expected cost per week: dosage in the takst's unit times the takst, converted to weekly. 0 when the unit is not
    /// known (<see cref="HasKnownUnit"/>): one bad row must not take down a read or an analysis.
    /// </summary>
    public decimal WeeklyCost => Unit switch
    {
        ServiceUnit.Day or ServiceUnit.Hour => UnitsPerWeek * UnitPrice,
        ServiceUnit.Week => UnitsPerWeek * UnitPrice,
        ServiceUnit.Month => UnitsPerWeek * UnitPrice * 12m / 52m,
        _ => 0m,
    };

    private void RequireStatus(InterventionStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException("intervention.invalid-transition", $"Cannot {action} an intervention that is {Status}.", "status");
        }
    }
}

/// <summary>
/// What a caseworker orders: which service on which legal basis, from whom and by which method, how much at what price,
/// when, and for which goals of the plan.
/// </summary>
public sealed record InterventionOrder(
    string ServiceCode, string LegalBasis, Sector Sector,
    Guid ProviderId, string? Method,
    decimal UnitsPerWeek, ServiceUnit Unit, decimal UnitPrice,
    DateOnly Start, DateOnly? End,
    IReadOnlyList<Guid> GoalIds);
