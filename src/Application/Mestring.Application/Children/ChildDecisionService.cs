using Mestring.Application.Interventions;
using Mestring.Application.Plans;
using Mestring.Domain.Children;

namespace Mestring.Application.Children;

/// <summary>
/// Decisions on a child's measures: §32 (the 8 types, with consent), §46 (with consent, on the §20 investigation), §47
/// (prepared here, decided by børne- og ungeudvalget and recorded); interventions ordered from providers as for adults.
/// </summary>
public sealed class ChildDecisionService(MestringDbContext db, ChildCaseAccess cases, PlanCommands plans)
{
    public const string Resource = "child-decisions";

    public const string StandardComplaintGuidance =
        "Afgørelsen kan påklages til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger efter, at du har modtaget afgørelsen; " +
        "kommunen genvurderer sagen og sender den videre, hvis afgørelsen fastholdes.";

    public async Task<Result<Guid>> DecideAsync(Guid citizenId, DecisionRequest request, CancellationToken ct)
    {
        var child = await cases.WriteAsync(citizenId, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var section = ChildDecisionNames.ParseSection(request.Section)
            ?? throw ValidationException.For("section", "must be one of: BL-32, BL-46, BL-47");
        var investigation = request.InvestigationId is { } iid
            ? await db.ChildInvestigations.FirstOrDefaultAsync(i => i.Id == iid && i.CitizenId == citizenId, ct)
              ?? throw ValidationException.For("investigationId", "is not an investigation of this child")
            : null;
        var municipality = child.Value.MunicipalityId;
        var legalBasis = string.IsNullOrWhiteSpace(request.LegalBasis) ? $"Barnets Lov §{section.Name()[3..]}" : request.LegalBasis;
        var guidance = string.IsNullOrWhiteSpace(request.ComplaintGuidance) ? StandardComplaintGuidance : request.ComplaintGuidance;
        var purpose = request.Purpose ?? "";
        var decision = section switch
        {
            ChildDecisionSection.Section32 => ChildDecision.SupportMeasure(municipality, citizenId,
                ChildDecisionNames.ParseSupportType(request.SupportType) ?? throw ValidationException.For("supportType",
                    "must be one of: " + string.Join(", ", Enum.GetValues<SupportType>().Select(t => t.Name()))),
                purpose, request.ExpectedDurationMonths, request.ParentsConsent, investigation?.Id, legalBasis, guidance, cases.Actor,
                cases.At(request.DecidedAt, "decidedAt"), request.StartsAt),
            ChildDecisionSection.Section46 => ChildDecision.PlacementWithConsent(municipality, citizenId, purpose, request.ExpectedDurationMonths,
                request.ParentsConsent, investigation, legalBasis, guidance, cases.Actor, cases.At(request.DecidedAt, "decidedAt"), request.StartsAt),
            _ => PrepareCommitteeCase(municipality, citizenId, request, investigation, legalBasis, guidance),
        };
        db.ChildDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision.Id;
    }

    /// <summary>Records børne- og ungeudvalget's decision in a §47 case.</summary>
    public async Task<Result> RecordCommitteeAsync(Guid decisionId, CommitteeRequest request, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildDecision>(decisionId, "decision", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        var outcome = ChildCaseAccess.Parse<CommitteeOutcome>(request.Outcome, "outcome");
        if (request.DecidedAt is null)
        {
            throw ValidationException.For("decidedAt", "is required: when did the committee decide?");
        }
        row.Value.RecordCommittee(outcome, cases.At(request.DecidedAt, "decidedAt"), request.StartsAt);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>Orders an intervention from a provider under a decision in force, as for adults, in one commit with a new plan version.</summary>
    public async Task<Result<Guid>> OrderAsync(Guid decisionId, OrderRequest request, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildDecision>(decisionId, "decision", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        var decision = row.Value;
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == request.ProviderId, ct)
            ?? throw ValidationException.For("providerId", "is not a registered provider");
        var plan = await plans.LoadOrStartAsync(decision.MunicipalityId, decision.CitizenId, ct);
        var order = new InterventionOrder(request.ServiceCode, request.LegalBasis, request.Sector, provider.Id, request.Method,
            request.UnitsPerWeek, request.Unit, request.UnitPrice ?? 0m, request.Start, request.End, request.GoalIds ?? []);
        var intervention = plan.Order(order, cases.Actor, cases.Now);
        db.Interventions.Add(intervention);
        decision.AddIntervention(intervention.Id);
        await plans.CommitAsync(plan, $"Indsats bestilt hos {provider.Name} ({decision.Section.Name()})", ct);
        return intervention.Id;
    }

    public async Task<Result<IReadOnlyList<DecisionDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var child = await cases.ReadAsync(citizenId, Resource, ct);
        return child.IsSuccess ? (await ListUncheckedAsync(citizenId, ct)).ToList() : child.Error;
    }

    /// <summary>The decisions of a child already opened by the caller.</summary>
    internal async Task<IReadOnlyList<DecisionDto>> ListUncheckedAsync(Guid citizenId, CancellationToken ct)
    {
        var rows = await db.ChildDecisions.Where(d => d.CitizenId == citizenId).ToListAsync(ct);
        return [.. rows.OrderByDescending(d => d.DecidedAt ?? d.PreparedAt).Select(ToDto)];
    }

    private ChildDecision PrepareCommitteeCase(Guid municipality, Guid citizenId, DecisionRequest request, ChildInvestigation? investigation,
        string legalBasis, string guidance)
    {
        if (request.ParentsConsent)
        {
            throw ValidationException.For("parentsConsent", "a §47 placement is without consent; with consent it is §46");
        }
        if (request.MeetingAt is not { } meeting)
        {
            throw ValidationException.For("meetingAt", "is required: the børne- og ungeudvalg meeting the case goes before");
        }
        return ChildDecision.PreparePlacementWithoutConsent(municipality, citizenId, request.Purpose ?? "", request.ExpectedDurationMonths,
            investigation, legalBasis, guidance, cases.Actor, cases.Now, meeting);
    }

    internal static DecisionDto ToDto(ChildDecision d) => new(d.Id, d.CitizenId, d.Section.Name(), d.SupportType?.Name(), d.Purpose,
        d.ExpectedDurationMonths, d.ParentsConsent, d.InvestigationId, d.LegalBasis, d.ComplaintGuidance, d.PreparedAt, d.MeetingAt, d.DecidedAt,
        d.DecidedBy, d.Outcome is { } o ? ChildCaseAccess.Kebab(o) : null, d.StartsAt, d.EndedAt, d.InForce, [.. d.Interventions.Select(i => i.InterventionId)]);
}
