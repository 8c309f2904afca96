using Hl7.Fhir.Model;
using Mestring.Domain.Assessments;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Goal = Mestring.Domain.Plans.Goal;
using static Mestring.Fhir.FhirBits;

namespace Mestring.Fhir;

/// <summary>
/// Builds KLFFBReporting's delivery report (a collection Bundle) for one citizen and one day: the picture at the end of
/// that day of the citizen's FFB data — citizen, service request (the case), information gatherings with their FFB
/// conditions and støttebehov, intervention goals, care plans per provider with their interventions, target groups,
/// tilbudstype, follow-up encounters and follow-up results. No free text leaves: goal texts, notes and names are never
/// mapped. Ids are stable (<see cref="FhirIds"/>), so a later delivery of the same entity is an update; withdrawn data
/// (a cancelled order) is sent with status entered-in-error under its old id.
/// </summary>
public sealed partial class DeliveryReportBuilder
{
    private readonly FfbCitizenRecord _r;
    private readonly FfbDelivery _d;
    private readonly Bundle _bundle;
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private readonly string _citizenId;

    private DeliveryReportBuilder(FfbCitizenRecord record, FfbDelivery delivery)
    {
        _r = record;
        _d = delivery;
        _citizenId = FhirIds.For("citizen", record.Citizen.Id);
        _bundle = new Bundle
        {
            Id = FhirIds.For("deliveryReport", record.Citizen.Id, Date(delivery.Day)),
            Meta = Meta(FfbProfiles.DeliveryReport, delivery.Timestamp),
            Type = Bundle.BundleType.Collection,
            Timestamp = delivery.Timestamp,
        };
    }

    /// <summary>The delivery report of <paramref name="record"/> for <paramref name="delivery"/>'s day; null when the citizen has no CPR number or nothing to report.</summary>
    public static Bundle? Build(FfbCitizenRecord record, FfbDelivery delivery)
    {
        if (string.IsNullOrEmpty(record.Citizen.Cpr))
        {
            return null;
        }
        var builder = new DeliveryReportBuilder(record, delivery);
        return builder.Run() ? builder._bundle : null;
    }

    private bool Run()
    {
        var assessments = _r.Assessments.Where(a => a.Date <= _d.Day).OrderBy(a => a.Date).ThenBy(a => a.Id).ToList();
        var interventions = _r.Interventions.Where(i => i.OrderedAt <= _d.DayEnd).OrderBy(i => i.OrderedAt).ThenBy(i => i.Id).ToList();
        var goals = _r.Plans.SelectMany(p => p.Goals).OrderBy(g => g.Id).ToList();
        if (assessments.Count == 0 && interventions.Count == 0 && goals.Count == 0)
        {
            return false;
        }
        AddCitizen();
        var conditions = AddConditions(assessments);
        var evaluations = new List<(DateOnly Date, string Id)>();
        foreach (var assessment in assessments)
        {
            var evaluation = AddCareEvaluation(assessment);
            if (evaluation is not null)
            {
                evaluations.Add((assessment.Date, evaluation));
            }
            AddInformationGathering(assessment, conditions, evaluation);
        }
        foreach (var goal in goals)
        {
            AddGoal(goal, conditions);
        }
        AddCarePlans(interventions, evaluations.Count == 0 ? null : evaluations[^1].Id);
        return true;
    }

    private DateTimeOffset Stamp(DateTimeOffset? at) => at is null ? _d.DayEnd < _d.Timestamp ? _d.DayEnd : _d.Timestamp
        : new[] { at.Value, _d.DayEnd, _d.Timestamp }.Min();

    private void Add(Resource resource)
    {
        var fullUrl = $"{resource.TypeName}/{resource.Id}";
        if (_added.Add(fullUrl))
        {
            _bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        }
    }

    private ResourceReference Citizen() => Ref("Patient", _citizenId);

    private void AddCitizen() => Add(new Patient
    {
        Id = _citizenId,
        Meta = Meta(FfbProfiles.Citizen, Stamp(null)),
        Identifier = [new Identifier(FfbProfiles.CprSystem, _r.Citizen.Cpr) { Use = Identifier.IdentifierUse.Official }],
        ManagingOrganization = new ResourceReference
        {
            Identifier = new Identifier(FfbProfiles.StsOrganisationSystem, _d.StsOrganisationId) { Use = Identifier.IdentifierUse.Official },
        },
    });

    /// <summary>The case (sag): the plan's id as the municipality-specific case number (the citizen's id when there is no plan).</summary>
    private static Extension CaseNumber(Guid caseId) => new()
    {
        Url = FfbProfiles.MunicipalityCaseNumber,
        Extension =
        [
            new Extension("municipalitySpecific",
                new Identifier(FfbProfiles.CaseNumberSystem, $"urn:uuid:{caseId:D}") { Use = Identifier.IdentifierUse.Usual }),
        ],
    };

    /// <summary>The service request (anledning) of the citizen's case; the first plan is the case.</summary>
    private string? AddServiceRequest()
    {
        var plan = _r.Plans.OrderBy(p => p.Id).FirstOrDefault();
        if (plan is null)
        {
            return null;
        }
        var id = FhirIds.For("serviceRequest", plan.Id);
        var request = new ServiceRequest
        {
            Id = id,
            Meta = Meta(FfbProfiles.ServiceRequest, Stamp(plan.UpdatedAt)),
            Status = RequestStatus.Active,
            Intent = RequestIntent.Proposal,
            Subject = Citizen(),
        };
        request.Extension.Add(CaseNumber(plan.Id));
        Add(request);
        return id;
    }

    /// <summary>One Condition per FFB code: recorded when first assessed, last asserted at the latest assessment.</summary>
    private Dictionary<string, string> AddConditions(IReadOnlyList<Assessment> assessments)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var byCode = assessments.SelectMany(a => a.Items.Select(i => (a.Date, Item: i)))
            .GroupBy(x => x.Item.ConditionCode, StringComparer.Ordinal);
        foreach (var group in byCode.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.Min(x => x.Date);
            var last = group.MaxBy(x => x.Date);
            ids[group.Key] = AddCondition(group.Key, first, last.Date, last.Item.FunctionLevel);
        }
        return ids;
    }

    private string AddCondition(string code, DateOnly recorded, DateOnly lastAsserted, int? level)
    {
        var id = FhirIds.For("condition", _r.Citizen.Id, code);
        var condition = NewCondition(id, FfbProfiles.Condition, code, recorded, lastAsserted);
        // FFB: only Aktivitet og deltagelse carries a funktionsevneniveau, and it must (ikke vurderet when not rated).
        if (FfbTerms.IsActivityAndParticipation(code))
        {
            condition.Severity = Ffb(Mestring.Terminology.FfbBranches.Default.FunctionLevelCode(level));
        }
        if (lastAsserted > recorded)
        {
            condition.Extension.Add(new Extension(FfbProfiles.ConditionLastAssertedDate, DateTime(lastAsserted)));
        }
        Add(condition);
        return id;
    }

    /// <summary>An active, confirmed FFB Condition (a rated condition or a target group) of the citizen.</summary>
    private Condition NewCondition(string id, string profile, string code, DateOnly recorded, DateOnly changed) => new()
    {
        Id = id,
        Meta = Meta(profile, Stamp(StartOf(changed))),
        ClinicalStatus = Code(ConditionClinical, "active"),
        VerificationStatus = Code(ConditionVerification, "confirmed"),
        Code = Ffb(code),
        Subject = Citizen(),
        RecordedDate = Date(recorded),
    };

    private string? AddCareEvaluation(Assessment assessment)
    {
        // Mestring records støttebehov per rated condition; FFB's støttebehovsvurdering is one level: the highest.
        var level = assessment.Items.Where(i => i.SupportNeed is not null).Select(i => i.SupportNeed).Max();
        if (level is null)
        {
            return null;
        }
        var id = FhirIds.For("careEvaluation", assessment.Id);
        Add(new Observation
        {
            Id = id,
            Meta = Meta(FfbProfiles.CareEvaluation, Stamp(StartOf(assessment.Date))),
            Status = ObservationStatus.Final,
            Code = Kl(FfbProfiles.SupportNeedAssessment),
            Subject = Citizen(),
            Value = Ffb(FfbTerms.SupportNeedCode(level)),
            Effective = DateTime(assessment.Date),
        });
        return id;
    }

    private void AddInformationGathering(Assessment assessment, Dictionary<string, string> conditions, string? evaluation)
    {
        var serviceRequest = AddServiceRequest();
        var impression = new ClinicalImpression
        {
            Id = FhirIds.For("informationGathering", assessment.Id),
            Meta = Meta(FfbProfiles.InformationGathering, Stamp(StartOf(assessment.Date))),
            Status = ClinicalImpression.ClinicalImpressionStatus.Completed,
            Subject = Citizen(),
            Effective = DateTime(assessment.Date),
        };
        if (serviceRequest is not null)
        {
            impression.Extension.Add(new Extension(FfbProfiles.BasedOnServiceRequest, Ref("ServiceRequest", serviceRequest)));
        }
        foreach (var item in assessment.Items.OrderBy(i => i.ConditionCode, StringComparer.Ordinal))
        {
            impression.Finding.Add(new ClinicalImpression.FindingComponent { ItemReference = Ref("Condition", conditions[item.ConditionCode]) });
        }
        if (evaluation is not null)
        {
            impression.Investigation.Add(new ClinicalImpression.InvestigationComponent
            {
                Code = Kl(FfbProfiles.SupportNeedAssessment),
                Item = [Ref("Observation", evaluation)],
            });
        }
        Add(impression);
    }

    private void AddGoal(Goal goal, Dictionary<string, string> conditions)
    {
        var plan = _r.Plans.First(p => p.Id == goal.PlanId);
        var branches = Mestring.Terminology.FfbBranches.Default;
        var resource = new Hl7.Fhir.Model.Goal
        {
            Id = FhirIds.For("goal", goal.Id),
            Meta = Meta(FfbProfiles.InterventionGoal, Stamp(plan.UpdatedAt)),
            LifecycleStatus = goal.Status switch
            {
                GoalStatus.Active => Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Active,
                GoalStatus.Achieved or GoalStatus.PartlyAchieved or GoalStatus.NotAchieved => Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Completed,
                GoalStatus.Cancelled => Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Cancelled,
            },
            Category = [Kl(FfbProfiles.GoalCategoryFfb)],
            Description = Snomed(FfbProfiles.SnomedGoal),
            Subject = Citizen(),
            Target =
            [
                new Hl7.Fhir.Model.Goal.TargetComponent { Measure = Kl(FfbProfiles.MeasureGoalType), Detail = Ffb(branches.GoalTypeCode(goal.Kind)) },
                new Hl7.Fhir.Model.Goal.TargetComponent { Measure = Kl(FfbProfiles.MeasureFunctionLevel), Detail = Ffb(branches.FunctionLevelCode(goal.TargetLevel)) },
            ],
        };
        resource.Addresses.Add(Ranked("Condition", GoalCondition(goal.PrimaryConditionCode, goal, conditions), 1));
        foreach (var code in goal.SecondaryConditionCodes.Order(StringComparer.Ordinal))
        {
            resource.Addresses.Add(Ranked("Condition", GoalCondition(code, goal, conditions), 2));
        }
        Add(resource);
    }

    /// <summary>The condition a goal addresses; one never assessed is reported from the goal's baseline.</summary>
    private string GoalCondition(string code, Goal goal, Dictionary<string, string> conditions)
    {
        if (!conditions.TryGetValue(code, out var id))
        {
            var plan = _r.Plans.First(p => p.Id == goal.PlanId);
            var recorded = plan.UpdatedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : _d.Day;
            id = AddCondition(code, recorded > _d.Day ? _d.Day : recorded, recorded > _d.Day ? _d.Day : recorded,
                code == goal.PrimaryConditionCode ? goal.BaselineLevel : null);
            conditions[code] = id;
        }
        return id;
    }

    private static bool IsWithdrawn(Intervention i) => i.Status is InterventionStatus.Cancelled;
}
