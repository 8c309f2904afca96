using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Mestring.Terminology;

namespace Mestring.Fhir;

/// <summary>One broken rule of KLFFBReporting: the rule's name (the guide's invariant id where it has one), where, and why.</summary>
public sealed record FfbIssue(string Rule, string Location, string Message);

/// <summary>
/// The guide's validation rules checked directly on a delivery report — its invariants under their own names
/// (kl-reporting-ffb-condition-1, -intervention-goal-1/-2, -care-plan-1/-2/-4/-5, -follow-up-1, -delivery-report-1/-2/-3)
/// and the rules its text states (one citizen, a syntactically valid CPR and STS organisation, every reference inside
/// the bundle, meta.profile and meta.lastUpdated on every resource, required bindings to FFB, no free text). Fast
/// enough to run on every export; the tests also validate with Firely's validator against the base specification.
/// </summary>
public static partial class FfbRules
{
    private static FfbBranches B => FfbBranches.Default;

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex CprPattern();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    public static IReadOnlyList<FfbIssue> Check(Bundle bundle)
    {
        var issues = new List<FfbIssue>();
        void Fail(string rule, string at, string message) => issues.Add(new FfbIssue(rule, at, message));
        if (bundle.Type != Bundle.BundleType.Collection)
        {
            Fail("kl-reporting-ffb-deliveryReport.type", "Bundle.type", "A delivery report is a collection bundle.");
        }
        if (bundle.Timestamp is null)
        {
            Fail("kl-reporting-ffb-deliveryReport.timestamp", "Bundle.timestamp", "A delivery report has a timestamp.");
        }
        var byUrl = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is { } r && entry.FullUrl is { } url)
            {
                byUrl[url] = r;
            }
        }
        var patients = bundle.Entry.Count(e => e.Resource is Patient);
        if (patients != 1)
        {
            Fail("kl-reporting-ffb-citizen.count", "Bundle.entry", $"A delivery report holds exactly one citizen (found {patients}).");
        }
        for (var n = 0; n < bundle.Entry.Count; n++)
        {
            var resource = bundle.Entry[n].Resource;
            var at = $"Bundle.entry[{n}].resource";
            if (resource is null)
            {
                Fail("kl-reporting-ffb-deliveryReport.entry", at, "Every entry holds a resource.");
                continue;
            }
            CheckCommon(resource, at, Fail);
            foreach (var reference in References(resource))
            {
                if (reference.Reference is { } target && !byUrl.ContainsKey(target))
                {
                    Fail("kl-reporting-ffb-deliveryReport.references", at, $"The referenced resource {target} is not in the bundle.");
                }
            }
            CheckResource(resource, at, byUrl, Fail);
        }
        return issues;
    }

    private static void CheckCommon(Resource resource, string at, Action<string, string, string> fail)
    {
        if (resource.Id is null || !UuidPattern().IsMatch(resource.Id))
        {
            fail("kl-reporting-ffb-deliveryReport.id", at, "Every resource id is a UUID.");
        }
        if (resource.Meta?.Profile.Any() != true || resource.Meta.LastUpdated is null)
        {
            fail("kl-reporting-ffb-deliveryReport.meta", at, "Every resource carries meta.profile and meta.lastUpdated.");
        }
        if (resource is DomainResource { Text: not null })
        {
            fail("kl-reporting-ffb-deliveryReport.free-text", at + ".text", "Free text is not part of the reporting.");
        }
        var notes = resource switch
        {
            Condition c => c.Note.Count, Goal g => g.Note.Count, CarePlan p => p.Note.Count, Observation o => o.Note.Count, _ => 0,
        };
        if (notes > 0)
        {
            fail("kl-reporting-ffb-deliveryReport.free-text", at + ".note", "Free text is not part of the reporting.");
        }
    }

    private static bool Declares(Resource r, string profile) => r.Meta?.Profile.Contains(profile) == true;

    private static bool IsFfb(CodeableConcept? concept, Func<string, bool> within) =>
        concept?.Coding.Count > 0 && concept.Coding.All(c => c.System == FfbCodeSystem.SystemUri && c.Code is not null && within(c.Code));

    private static Func<string, bool> Under(FfbConcept branch) => code => B.Ffb.IsWithin(code, branch.Code) && code != branch.Code;

    private static void CheckResource(Resource resource, string at, Dictionary<string, Resource> byUrl, Action<string, string, string> fail)
    {
        switch (resource)
        {
            case Patient p:
                if (p.Identifier.Count != 1 || p.Identifier[0].System != FfbProfiles.CprSystem || p.Identifier[0].Value is not { } cpr
                    || !CprPattern().IsMatch(cpr) || !Mestring.Domain.Citizens.Cpr.TryParse(cpr, out _, out _))
                {
                    fail("kl-reporting-ffb-citizen.cpr", at + ".identifier", "The citizen has one syntactically valid CPR number.");
                }
                if (p.ManagingOrganization?.Identifier is not { System: FfbProfiles.StsOrganisationSystem, Value: { } org } || !UuidPattern().IsMatch(org))
                {
                    fail("kl-reporting-ffb-citizen.managingOrganization", at + ".managingOrganization", "The managing organisation is a syntactically valid STS organisation id.");
                }
                if (p.Name.Count > 0 || p.Address.Count > 0 || p.Telecom.Count > 0 || p.BirthDate is not null || p.Gender is not null)
                {
                    fail("kl-reporting-ffb-citizen.demographics", at, "No demographics other than the CPR number.");
                }
                break;
            case ServiceRequest s:
                if (!s.Extension.Any(e => e.Url == FfbProfiles.MunicipalityCaseNumber))
                {
                    fail("kl-reporting-ffb-serviceRequest.caseNumber", at, "The service request carries the municipality case number.");
                }
                if (s.Intent != RequestIntent.Proposal)
                {
                    fail("kl-reporting-ffb-serviceRequest.intent", at + ".intent", "The intent is proposal.");
                }
                break;
            case ClinicalImpression ci:
                if (!ci.Extension.Any(e => e.Url == FfbProfiles.BasedOnServiceRequest))
                {
                    fail("kl-reporting-ffb-informationGathering.basedOnServiceRequest", at, "The information gathering refers to a service request.");
                }
                if (ci.Effective is null)
                {
                    fail("kl-reporting-ffb-informationGathering.effective", at, "The information gathering has the time of the event.");
                }
                break;
            case Condition c when Declares(c, FfbProfiles.TargetGroup):
                if (!IsFfb(c.Code, code => B.IsTargetGroup(code) || B.IsCondition(code)) || c.RecordedDate is null || c.Severity is not null)
                {
                    fail("kl-reporting-ffb-targetGroup", at, "A target group has an FFB målgruppe code, a recorded date and no severity.");
                }
                break;
            case Condition c:
                if (!Declares(c, FfbProfiles.Condition))
                {
                    fail("kl-reporting-ffb-delivery-report-1", at, "All Condition resources shall conform to either kl-reporting-ffb-condition or kl-reporting-ffb-targetGroup profile");
                }
                if (!IsFfb(c.Code, B.IsCondition) || c.ClinicalStatus is null || c.RecordedDate is null)
                {
                    fail("kl-reporting-ffb-condition", at, "A condition has an FFB condition code, a clinical status and a recorded date.");
                }
                var ad = c.Code?.Coding.FirstOrDefault()?.Code is { } cc && B.IsActivityAndParticipation(cc);
                if (ad != (c.Severity is not null) || (c.Severity is not null && !IsFfb(c.Severity, Under(B.FunctionLevels))))
                {
                    fail("kl-reporting-ffb-condition-1", at, "Severity is mandatory for condition codes of 'Aktivitet og Deltagelse' and not allowed for other condition codes");
                }
                break;
            case Goal g:
                CheckGoal(g, at, byUrl, fail);
                break;
            case CarePlan cp when Declares(cp, FfbProfiles.Intervention):
                if (cp.BasedOn.Count == 0 || cp.Period?.Start is null || cp.Created is null || cp.Activity.Count == 0
                    || cp.Activity.Any(a => a.Detail?.Code is not { } code || !IsFfb(code, B.IsService)))
                {
                    fail("kl-reporting-ffb-intervention", at, "An intervention refers to its care plan, has a start and a creation time, and one FFB ydelse.");
                }
                break;
            case CarePlan cp:
                CheckCarePlan(cp, at, fail);
                break;
            case CareTeam t:
                if (t.Category.Count != 1 || !IsFfb(t.Category[0], Under(B.OfferTypes)))
                {
                    fail("kl-reporting-ffb-servicePerformer", at + ".category", "A service performer has one FFB tilbudstype.");
                }
                break;
            case Observation o when Declares(o, FfbProfiles.FollowUp):
                if (o.Status is not (ObservationStatus.Final or ObservationStatus.EnteredInError))
                {
                    fail("kl-reporting-ffb-follow-up-1", at + ".status", "A follow-up observation resource shall have status final or entered-in-error");
                }
                if (o.Focus.Count == 0 || o.Effective is null || !IsFfb(o.Value as CodeableConcept, Under(B.InterventionStatus)))
                {
                    fail("kl-reporting-ffb-followUp", at, "A follow-up refers to a care plan, has a time and an FFB status på indsats.");
                }
                break;
            case Observation o when Declares(o, FfbProfiles.CareEvaluation):
                if (o.Effective is null || !IsFfb(o.Value as CodeableConcept, Under(B.SupportNeedLevels)))
                {
                    fail("kl-reporting-ffb-careEvaluation", at, "A care evaluation has a date and an FFB støttebehov.");
                }
                break;
            case Observation:
                fail("kl-reporting-ffb-delivery-report-3", at, "All Observation resources shall conform to either kl-reporting-ffb-careEvaluation or kl-reporting-ffb-followUp profile");
                break;
            case Encounter e:
                if (e.Period?.Start is null || e.Status != Encounter.EncounterStatus.Planned)
                {
                    fail("kl-reporting-ffb-followUpEncounter", at, "A follow-up encounter is planned and has a start date (opfølgningsdato).");
                }
                break;
            default:
                fail("kl-reporting-ffb-deliveryReport.entry", at, $"{resource.TypeName} is not part of a delivery report.");
                break;
        }
    }

    private static void CheckGoal(Goal g, string at, Dictionary<string, Resource> byUrl, Action<string, string, string> fail)
    {
        foreach (var address in g.Addresses)
        {
            if (address.Reference is { } url && byUrl.GetValueOrDefault(url) is Condition c
                && c.Code?.Coding.FirstOrDefault()?.Code is { } code && !B.IsActivityAndParticipation(code))
            {
                fail("kl-reporting-ffb-intervention-goal-1", at + ".addresses", "Intervention goal shall only address conditions under 'Aktivitet og Deltagelse'");
            }
        }
        if (g.Addresses.Count(a => Rank(a) == 1) != 1)
        {
            fail("kl-reporting-ffb-intervention-goal-2", at + ".addresses", "InterventionGoal shall address excactly one condition with rank 1");
        }
        var severity = g.Target.Count(t => t.Measure?.Coding.Any(c => c.Code == FfbProfiles.MeasureFunctionLevel) == true
            && IsFfb(t.Detail as CodeableConcept, Under(B.FunctionLevels)));
        var change = g.Target.Count(t => t.Measure?.Coding.Any(c => c.Code == FfbProfiles.MeasureGoalType) == true
            && IsFfb(t.Detail as CodeableConcept, Under(B.GoalTypes)));
        if (severity != 1 || change != 1)
        {
            fail("kl-reporting-ffb-interventionGoal.target", at + ".target", "A goal has one funktionsevneniveau target and one måltype target.");
        }
    }

    private static int? Rank(ResourceReference r) =>
        (r.Extension.FirstOrDefault(e => e.Url == FfbProfiles.ConditionRank)?.Value as PositiveInt)?.Value;

    private static void CheckCarePlan(CarePlan cp, string at, Action<string, string, string> fail)
    {
        if (!Declares(cp, FfbProfiles.CarePlan))
        {
            fail("kl-reporting-ffb-delivery-report-2", at, "All CarePlan resources shall conform to either kl-reporting-ffb-carePlan or kl-reporting-ffb-intervention profile");
            return;
        }
        if (!cp.Extension.Any(e => e.Url == FfbProfiles.MunicipalityCaseNumber) || cp.Period?.Start is null)
        {
            fail("kl-reporting-ffb-carePlan", at, "A care plan carries the municipality case number and a start date.");
        }
        var ordered = cp.Intent == CarePlan.CarePlanIntent.Order && cp.Status is not (RequestStatus.Completed or RequestStatus.EnteredInError);
        if (ordered && !cp.Extension.Any(e => e.Url == FfbProfiles.FollowUpDate))
        {
            fail("kl-reporting-ffb-care-plan-1", at, "CarePlan must have a follow-up encounter if ordered and not completed");
        }
        if (cp.Addresses.Count(a => Rank(a) == 1) > 1)
        {
            fail("kl-reporting-ffb-care-plan-2", at + ".addresses", "CarePlan shall address no more than one condition with rank 1");
        }
        if (ordered && !cp.Activity.Any(a => a.OutcomeReference.Count > 0))
        {
            fail("kl-reporting-ffb-care-plan-4", at, "CarePlan shall contain evaluation if ordered and not completed");
        }
        if (ordered && cp.Addresses.Count == 0)
        {
            fail("kl-reporting-ffb-care-plan-5", at, "CarePlan shall contain target groups if ordered and not completed");
        }
    }

    private static IEnumerable<ResourceReference> References(Base node)
    {
        foreach (var (_, value) in node.EnumerateElements())
        {
            var children = value switch
            {
                Base one => [one],
                IEnumerable<Base> many => many,
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is ResourceReference r)
                {
                    yield return r;
                }
                foreach (var nested in References(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
