using Hl7.Fhir.Model;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Terminology;
using static Mestring.Fhir.FhirBits;

namespace Mestring.Fhir;

/// <summary>Care plans (indsatsforløb: one per plan and provider), interventions (ydelser), target groups, tilbudstype and follow-ups.</summary>
public sealed partial class DeliveryReportBuilder
{
    private void AddCarePlans(IReadOnlyList<Intervention> interventions, string? evaluation)
    {
        // Register-loaded interventions have no plan: they belong to the citizen's (first) plan, or to the citizen's case.
        var firstPlan = _r.Plans.OrderBy(p => p.Id).FirstOrDefault();
        var groups = interventions
            .GroupBy(i => (Case: i.PlanId ?? firstPlan?.Id ?? _r.Citizen.Id, i.ProviderId))
            .OrderBy(g => g.Key.Case).ThenBy(g => g.Key.ProviderId);
        foreach (var group in groups)
        {
            AddCarePlan(_r.Plans.FirstOrDefault(p => p.Id == group.Key.Case), group.Key.Case, group.Key.ProviderId, [.. group], evaluation);
        }
    }

    private bool EndedByDay(Intervention i) => i.Status == InterventionStatus.Ended && i.End is { } end && end <= _d.Day;

    private void AddCarePlan(Plan? plan, Guid caseId, Guid providerId, IReadOnlyList<Intervention> interventions, string? evaluation)
    {
        var id = FhirIds.For("carePlan", caseId, providerId.ToString("D"));
        var live = interventions.Where(i => !IsWithdrawn(i)).ToList();
        var completed = live.Count > 0 && live.All(EndedByDay);
        var carePlan = new CarePlan
        {
            Id = id,
            Meta = Meta(FfbProfiles.CarePlan, Stamp(interventions.Max(LastChange))),
            Status = live.Count == 0 ? RequestStatus.EnteredInError : completed ? RequestStatus.Completed : RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Order,
            Subject = Citizen(),
            Period = new Period { Start = Date(interventions.Min(i => i.Start)) },
        };
        carePlan.Extension.Add(CaseNumber(caseId));
        if (completed)
        {
            carePlan.Period.End = Date(live.Max(i => i.End!.Value));
        }
        var followUp = completed || plan is null ? null : AddFollowUpEncounter(plan, interventions);
        if (followUp is not null)
        {
            carePlan.Extension.Add(new Extension(FfbProfiles.FollowUpDate, Ref("Encounter", followUp)));
        }
        var provider = _r.Providers.GetValueOrDefault(providerId);
        var offerType = FfbTerms.OfferTypeCode(provider?.OfferType, interventions[0].LegalBasis);
        if (offerType is not null)
        {
            carePlan.CareTeam.Add(Ref("CareTeam", AddServicePerformer(offerType)));
        }
        AddTargetGroups(carePlan, interventions);
        var goalIds = interventions.SelectMany(i => i.GoalIds).Distinct().ToHashSet();
        foreach (var goal in (plan?.Goals ?? []).Where(g => goalIds.Count == 0 || goalIds.Contains(g.Id)).OrderBy(g => g.Id))
        {
            carePlan.Goal.Add(Ref("Goal", FhirIds.For("goal", goal.Id)));
        }
        if (evaluation is not null)
        {
            carePlan.Activity.Add(new CarePlan.ActivityComponent { OutcomeReference = [Ref("Observation", evaluation)] });
        }
        Add(carePlan);
        foreach (var intervention in interventions)
        {
            AddIntervention(intervention, id);
        }
        if (plan is not null)
        {
            AddFollowUpResults(plan, interventions, id);
        }
    }

    private static DateTimeOffset LastChange(Intervention i)
    {
        var at = i.AnsweredAt is { } answered && answered > i.OrderedAt ? answered : i.OrderedAt;
        var end = i.End is { } e && i.Status == InterventionStatus.Ended ? StartOf(e) : at;
        return end > at ? end : at;
    }

    private void AddIntervention(Intervention i, string carePlanId)
    {
        var ended = EndedByDay(i);
        var resource = new CarePlan
        {
            Id = FhirIds.For("intervention", i.Id),
            Meta = Meta(FfbProfiles.Intervention, Stamp(LastChange(i))),
            BasedOn = [Ref("CarePlan", carePlanId)],
            Status = i.Status switch
            {
                InterventionStatus.Cancelled => RequestStatus.EnteredInError,
                InterventionStatus.Declined => RequestStatus.Revoked,
                _ when ended => RequestStatus.Completed,
                _ => RequestStatus.Active,
            },
            Intent = CarePlan.CarePlanIntent.Order,
            Subject = Citizen(),
            Created = Instant(i.OrderedAt),
            Period = new Period { Start = Date(i.Start), End = ended ? Date(i.End!.Value) : null },
        };
        resource.Activity.Add(new CarePlan.ActivityComponent
        {
            Detail = new CarePlan.DetailComponent
            {
                Code = Ffb(i.ServiceCode),
                Status = i.Status switch
                {
                    InterventionStatus.Cancelled => CarePlan.CarePlanActivityStatus.EnteredInError,
                    InterventionStatus.Declined => CarePlan.CarePlanActivityStatus.Cancelled,
                    InterventionStatus.Ordered => CarePlan.CarePlanActivityStatus.Scheduled,
                    _ when ended => CarePlan.CarePlanActivityStatus.Completed,
                    _ => CarePlan.CarePlanActivityStatus.InProgress,
                },
            },
        });
        Add(resource);
    }

    private string AddServicePerformer(string offerTypeCode)
    {
        var id = FhirIds.For("servicePerformer", _r.Citizen.Id, offerTypeCode);
        Add(new CareTeam
        {
            Id = id,
            Meta = Meta(FfbProfiles.ServicePerformer, Stamp(null)),
            Category = [Ffb(offerTypeCode)],
            Subject = Citizen(),
        });
        return id;
    }

    /// <summary>The target groups of the care plan's interventions: the most used is primary (rank 1), the rest secondary.</summary>
    private void AddTargetGroups(CarePlan carePlan, IReadOnlyList<Intervention> interventions)
    {
        var groups = interventions.Where(i => i.TargetGroupCode is not null && FfbBranches.Default.IsTargetGroup(i.TargetGroupCode))
            .GroupBy(i => i.TargetGroupCode!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var n = 0; n < groups.Count; n++)
        {
            var code = groups[n].Key;
            var recorded = DateOnly.FromDateTime(groups[n].Min(i => i.OrderedAt).UtcDateTime);
            var id = FhirIds.For("targetGroup", _r.Citizen.Id, code);
            Add(NewCondition(id, FfbProfiles.TargetGroup, code, recorded, recorded));
            carePlan.Addresses.Add(Ranked("Condition", id, n == 0 ? 1 : 2));
        }
    }

    private bool OpenAtDay(FollowUp f) => f.CompletedAt is null || f.CompletedAt > _d.DayEnd;

    /// <summary>The next follow-up of the care plan: the earliest open one of the plan or of its interventions.</summary>
    private string? AddFollowUpEncounter(Plan plan, IReadOnlyList<Intervention> interventions)
    {
        var ids = interventions.Select(i => i.Id).ToHashSet();
        var next = _r.FollowUps.Where(f => f.PlanId == plan.Id && OpenAtDay(f) && (f.InterventionId is null || ids.Contains(f.InterventionId.Value)))
            .OrderBy(f => f.DueDate).ThenBy(f => f.Id).FirstOrDefault();
        (Guid key, DateOnly due)? planned = next is not null ? (next.Id, next.DueDate)
            : plan.NextFollowUp is { } date ? (plan.Id, date) : null;
        if (planned is not { } p)
        {
            return null;
        }
        var id = FhirIds.For("followUpEncounter", p.key);
        Add(new Encounter
        {
            Id = id,
            Meta = Meta(FfbProfiles.FollowUpEncounter, Stamp(plan.UpdatedAt)),
            Status = Encounter.EncounterStatus.Planned,
            Class = new Coding(ActCode, "HH"),
            Type = [new CodeableConcept { Coding = [new Coding(FfbProfiles.KlCommonCodes, FfbProfiles.FollowUpEncounterType)] }],
            Subject = Citizen(),
            Period = new Period { Start = Date(p.due) },
        });
        return id;
    }

    /// <summary>The status på indsats decided at each completed follow-up of the care plan.</summary>
    private void AddFollowUpResults(Plan plan, IReadOnlyList<Intervention> interventions, string carePlanId)
    {
        var ids = interventions.Select(i => i.Id).ToHashSet();
        var done = _r.FollowUps.Where(f => f.PlanId == plan.Id && !OpenAtDay(f) && f.Decision is not null
            && (f.InterventionId is null || ids.Contains(f.InterventionId.Value)));
        foreach (var f in done.OrderBy(f => f.CompletedAt).ThenBy(f => f.Id))
        {
            Add(new Observation
            {
                Id = FhirIds.For("followUp", f.Id, carePlanId),
                Meta = Meta(FfbProfiles.FollowUp, Stamp(f.CompletedAt)),
                Status = ObservationStatus.Final,
                Code = Snomed(FfbProfiles.SnomedFollowUp),
                Subject = Citizen(),
                Focus = [Ref("CarePlan", carePlanId)],
                Effective = new FhirDateTime(f.CompletedAt!.Value.ToUniversalTime()),
                Value = Ffb(FfbBranches.Default.DecisionCode(f.Decision!.Value)),
            });
        }
    }
}
