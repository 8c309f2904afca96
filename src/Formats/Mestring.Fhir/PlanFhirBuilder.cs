using Hl7.Fhir.Model;
using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Terminology;
using static Mestring.Fhir.FhirBits;
using Goal = Mestring.Domain.Plans.Goal;

namespace Mestring.Fhir;

/// <summary>
/// The citizen's plan for exchange with health (read-only): a collection Bundle of one CarePlan (the plan, its open
/// interventions as activities with their FFB ydelse), its Goals (FFB måltype and target funktionsevneniveau, the
/// citizen's own words) and Observations (the latest assessed funktionsevneniveau of each condition a goal addresses).
/// The citizen is referenced by CPR identifier only. Ids are the same stable UUIDs as in the national reporting.
/// </summary>
public static class PlanFhirBuilder
{
    public static Bundle Build(Citizen citizen, Plan plan, IReadOnlyList<Goal> goals, IReadOnlyList<Assessment> assessments,
        IReadOnlyList<Intervention> interventions, DateTimeOffset now)
    {
        var subject = citizen.Cpr is { Length: > 0 } cpr
            ? new ResourceReference { Identifier = new Identifier(FfbProfiles.CprSystem, cpr) { Use = Identifier.IdentifierUse.Official } }
            : new ResourceReference { Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{citizen.Id:D}") };
        var bundle = new Bundle { Id = FhirIds.For("planBundle", plan.Id), Type = Bundle.BundleType.Collection, Timestamp = now };
        var updated = plan.UpdatedAt ?? now;
        var carePlan = new CarePlan
        {
            Id = FhirIds.For("plan", plan.Id),
            Meta = new Meta { LastUpdated = updated, VersionId = plan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Status = RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Subject = subject,
        };
        carePlan.Extension.Add(new Extension
        {
            Url = FfbProfiles.MunicipalityCaseNumber,
            Extension = [new Extension("municipalitySpecific", new Identifier(FfbProfiles.CaseNumberSystem, $"urn:uuid:{plan.Id:D}") { Use = Identifier.IdentifierUse.Usual })],
        });
        var levels = assessments.OrderBy(a => a.Date).SelectMany(a => a.Items.Where(i => i.FunctionLevel is not null).Select(i => (a, i)))
            .GroupBy(x => x.i.ConditionCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var entries = new List<Resource>();
        foreach (var goal in goals.OrderBy(g => g.Id))
        {
            var id = FhirIds.For("goal", goal.Id);
            var resource = new Hl7.Fhir.Model.Goal
            {
                Id = id,
                Meta = new Meta { LastUpdated = updated },
                LifecycleStatus = goal.Status == GoalStatus.Cancelled ? Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Cancelled
                    : goal.Status == GoalStatus.Active ? Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Active : Hl7.Fhir.Model.Goal.GoalLifecycleStatus.Completed,
                Description = new CodeableConcept { Text = goal.CitizenWords },
                Subject = subject,
                Target =
                [
                    new Hl7.Fhir.Model.Goal.TargetComponent
                    {
                        Measure = Ffb(goal.PrimaryConditionCode),
                        Detail = Ffb(FfbBranches.Default.FunctionLevelCode(goal.TargetLevel)),
                        Due = new Date(goal.DueDate.Year, goal.DueDate.Month, goal.DueDate.Day),
                    },
                    new Hl7.Fhir.Model.Goal.TargetComponent { Measure = Kl(FfbProfiles.MeasureGoalType), Detail = Ffb(FfbBranches.Default.GoalTypeCode(goal.Kind)) },
                ],
            };
            foreach (var code in new[] { goal.PrimaryConditionCode }.Concat(goal.SecondaryConditionCodes))
            {
                if (levels.TryGetValue(code, out var latest))
                {
                    var observationId = FhirIds.For("functionLevel", latest.a.Id, code);
                    if (entries.All(e => e.Id != observationId))
                    {
                        entries.Add(new Observation
                        {
                            Id = observationId,
                            Meta = new Meta { LastUpdated = StartOf(latest.a.Date) },
                            Status = ObservationStatus.Final,
                            Code = Ffb(code),
                            Subject = subject,
                            Effective = DateTime(latest.a.Date),
                            Value = Ffb(FfbBranches.Default.FunctionLevelCode(latest.i.FunctionLevel)),
                        });
                    }
                    resource.OutcomeReference.Add(Ref("Observation", observationId));
                }
            }
            carePlan.Goal.Add(Ref("Goal", id));
            entries.Insert(0, resource);
        }
        foreach (var i in interventions.Where(i => i.IsOpen).OrderBy(i => i.Start).ThenBy(i => i.Id))
        {
            carePlan.Activity.Add(new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent
                {
                    Code = Ffb(i.ServiceCode),
                    Status = i.Status == InterventionStatus.Active ? CarePlan.CarePlanActivityStatus.InProgress : CarePlan.CarePlanActivityStatus.Scheduled,
                    Scheduled = new Period { Start = Date(i.Start), End = i.End is { } end ? Date(end) : null },
                    Goal = [.. i.GoalIds.Where(g => goals.Any(x => x.Id == g)).Select(g => Ref("Goal", FhirIds.For("goal", g)))],
                },
            });
        }
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"CarePlan/{carePlan.Id}", Resource = carePlan });
        foreach (var e in entries)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"{e.TypeName}/{e.Id}", Resource = e });
        }
        return bundle;
    }
}
