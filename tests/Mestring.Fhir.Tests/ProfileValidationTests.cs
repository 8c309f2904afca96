#pragma warning disable CS8602, CS8604 // FHIR POCOs are nullable throughout; a null here fails the test as it should.
using Hl7.Fhir.Model;
using Mestring.Fhir.Profiles;
using Xunit.Abstractions;
using static Mestring.Fhir.Tests.WorkedExample;

namespace Mestring.Fhir.Tests;

/// <summary>Delivery reports validated with Firely against the guide's profiles compiled from its FSH.</summary>
public class ProfileValidationTests(ITestOutputHelper output)
{
    private static Bundle Valid() => DeliveryReportBuilder.Build(Record(), Delivery)!;

    private IReadOnlyList<FfbIssue> Validate(Bundle b)
    {
        var issues = FfbProfileValidator.Shared.Validate(b);
        foreach (var i in issues)
        {
            output.WriteLine($"{i.Rule} | {i.Location} | {i.Message}");
        }
        return issues;
    }

    [Fact]
    public void WorkedExample_ConformsToTheGuidesProfiles()
    {
        Assert.Empty(Validate(Valid()));
    }

    private static T First<T>(Bundle b, Func<T, bool>? where = null) where T : Resource =>
        b.Entry.Select(e => e.Resource).OfType<T>().First(where ?? (_ => true));

    private void AssertRefused(Bundle bundle, string rule, string? location = null)
    {
        var issues = Validate(bundle);
        Assert.Contains(issues, i => i.Rule == rule && (location is null || i.Location.Contains(location, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheGuideIsCompiled_WithItsProfilesExtensionsAndFfbValueSets()
    {
        var artifacts = FfbProfileValidator.Shared.Artifacts;
        var ids = artifacts.Profiles.Select(p => p.Id).ToList();
        Assert.Contains("kl-reporting-ffb-deliveryReport", ids);
        Assert.Contains("kl-reporting-ffb-interventionGoal", ids);
        Assert.Contains("kl-reporting-ffb-municipalityCaseNumber", ids);
        Assert.Equal(15 + 4 + 1, ids.Count); // 15 guide artefacts + 4 reconstructed dependencies + the STS identifier
        var goal = artifacts.Profiles.Single(p => p.Id == "kl-reporting-ffb-interventionGoal");
        Assert.Contains(goal.Snapshot.Element, e => e.ElementId == "Goal.target:severitySlice" && e.Min == 1 && e.Max == "1");
        Assert.Contains(goal.Differential.Element, e => e.Constraint.Any(c => c.Key == "kl-reporting-ffb-intervention-goal-2"));
        Assert.Contains(artifacts.ValueSets, v => v.Url == "http://fhir.kl.dk/term/ValueSet/KLConditionCodesFFB" && v.Expansion.Contains.Any(c => c.Code == SamspilOgKontakt));
    }

    [Fact]
    public void ActivityConditionWithoutSeverity_IsRefusedByCondition1()
    {
        var b = Valid();
        First<Condition>(b, c => c.Severity is not null).Severity = null;
        AssertRefused(b, "kl-reporting-ffb-condition-1");
    }

    [Fact]
    public void GoalWithTwoPrimaryConditions_IsRefusedByInterventionGoal2()
    {
        var b = Valid();
        First<Goal>(b, g => g.Addresses.Count > 1).Addresses[1].Extension.Single().Value = new PositiveInt(1);
        AssertRefused(b, "kl-reporting-ffb-intervention-goal-2");
    }

    [Fact]
    public void GoalAddressingAFunctionCondition_IsRefusedByInterventionGoal1()
    {
        var b = Valid();
        var function = First<Condition>(b, c => c.Severity is null && c.Meta.Profile.Single() == FfbProfiles.Condition);
        First<Goal>(b).Addresses[0].Reference = $"Condition/{function.Id}";
        AssertRefused(b, "kl-reporting-ffb-intervention-goal-1");
    }

    [Fact]
    public void OrderedCarePlanWithoutFollowUpOrTargetGroups_IsRefusedByCarePlan1And5()
    {
        var b = Valid();
        var plan = First<CarePlan>(b, c => c.Meta.Profile.Single() == FfbProfiles.CarePlan);
        plan.Extension.RemoveAll(e => e.Url == FfbProfiles.FollowUpDate);
        plan.Addresses.Clear();
        AssertRefused(b, "kl-reporting-ffb-care-plan-1");
        AssertRefused(b, "kl-reporting-ffb-care-plan-5");
    }

    [Fact]
    public void CarePlanWithoutAReportingProfile_ThatFitsNeither_IsRefusedAtItsNote()
    {
        var b = Valid();
        // Without a declared profile only the bundle's rule can catch it: a care plan with a note fits neither profile.
        var plan = First<CarePlan>(b);
        plan.Meta.Profile = [];
        plan.Note.Add(new Annotation { Text = "fri tekst" });
        var at = $"Bundle.entry[{b.Entry.FindIndex(e => e.Resource == plan)}]";
        Assert.Contains(Validate(b), i => i.Location.StartsWith(at, StringComparison.Ordinal)
            && (i.Rule == "kl-reporting-ffb-delivery-report-2" || i.Rule == "CarePlan.note"));
    }

    [Fact]
    public void PlannedFollowUpThatHasStarted_BreaksTheEncountersFixedStatus()
    {
        var b = Valid();
        First<Encounter>(b).Status = Encounter.EncounterStatus.InProgress;
        AssertRefused(b, "kl-reporting-ffb-followUpEncounter.status");
    }

    [Fact]
    public void CitizenWithAName_BreaksTheCitizensCardinality()
    {
        var b = Valid();
        First<Patient>(b).Name.Add(new HumanName { Family = "Mogensen" });
        AssertRefused(b, "kl-reporting-ffb-citizen.name");
    }

    [Fact]
    public void ConditionWithACodeOutsideFfb_BreaksTheRequiredBinding()
    {
        var b = Valid();
        First<Condition>(b, c => c.Severity is null && c.Meta.Profile.Single() == FfbProfiles.Condition).Code =
            new CodeableConcept(Mestring.Terminology.FfbCodeSystem.SystemUri, "00000000-0000-0000-0000-000000000000");
        AssertRefused(b, "kl-reporting-ffb-condition.code");
    }

    [Fact]
    public void GoalWithoutItsMaaltypeTarget_BreaksTheTargetSlice()
    {
        var b = Valid();
        First<Goal>(b).Target.RemoveAll(t => t.Measure.Coding[0].Code == FfbProfiles.MeasureGoalType);
        AssertRefused(b, "kl-reporting-ffb-interventionGoal");
    }

    [Fact]
    public void BatchInsteadOfCollection_BreaksTheDeliveryReportsFixedType()
    {
        var b = Valid();
        b.Type = Bundle.BundleType.Batch;
        AssertRefused(b, "kl-reporting-ffb-deliveryReport.type");
    }
}
