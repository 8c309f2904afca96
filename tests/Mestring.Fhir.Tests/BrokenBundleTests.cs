#pragma warning disable CS8602, CS8604, CS8625 // FHIR POCOs are nullable throughout; a null here fails the test as it should.
using Hl7.Fhir.Model;
using static Mestring.Fhir.Tests.WorkedExample;

namespace Mestring.Fhir.Tests;

/// <summary>Deliberately broken delivery reports are refused, each with the name of the rule it breaks.</summary>
public class BrokenBundleTests
{
    private static Bundle Valid() => DeliveryReportBuilder.Build(Record(), Delivery)!;

    private static T First<T>(Bundle b, Func<T, bool>? where = null) where T : Resource =>
        b.Entry.Select(e => e.Resource).OfType<T>().First(where ?? (_ => true));

    private static void AssertRefused(Bundle bundle, string rule) =>
        Assert.Contains(FfbRules.Check(bundle), i => i.Rule == rule);

    [Fact]
    public void ActivityConditionWithoutSeverity_BreaksCondition1()
    {
        var b = Valid();
        First<Condition>(b, c => c.Severity is not null).Severity = null;
        AssertRefused(b, "kl-reporting-ffb-condition-1");
    }

    [Fact]
    public void OtherConditionWithSeverity_BreaksCondition1()
    {
        var b = Valid();
        var withSeverity = First<Condition>(b, c => c.Severity is not null).Severity;
        First<Condition>(b, c => c.Severity is null && c.Meta.Profile.Single() == FfbProfiles.Condition).Severity = withSeverity;
        AssertRefused(b, "kl-reporting-ffb-condition-1");
    }

    [Fact]
    public void GoalWithTwoPrimaryConditions_BreaksInterventionGoal2()
    {
        var b = Valid();
        var goal = First<Goal>(b, g => g.Addresses.Count > 1);
        goal.Addresses[1].Extension.Single().Value = new PositiveInt(1);
        AssertRefused(b, "kl-reporting-ffb-intervention-goal-2");
    }

    [Fact]
    public void GoalAddressingAFunctionCondition_BreaksInterventionGoal1()
    {
        var b = Valid();
        var function = First<Condition>(b, c => c.Severity is null && c.Meta.Profile.Single() == FfbProfiles.Condition);
        First<Goal>(b).Addresses[0].Reference = $"Condition/{function.Id}";
        AssertRefused(b, "kl-reporting-ffb-intervention-goal-1");
    }

    [Fact]
    public void OrderedCarePlanWithoutFollowUp_BreaksCarePlan1()
    {
        var b = Valid();
        First<CarePlan>(b, c => c.Meta.Profile.Single() == FfbProfiles.CarePlan).Extension.RemoveAll(e => e.Url == FfbProfiles.FollowUpDate);
        AssertRefused(b, "kl-reporting-ffb-care-plan-1");
    }

    [Fact]
    public void OrderedCarePlanWithoutEvaluationOrTargetGroups_BreaksCarePlan4And5()
    {
        var b = Valid();
        var plan = First<CarePlan>(b, c => c.Meta.Profile.Single() == FfbProfiles.CarePlan);
        plan.Activity.Clear();
        plan.Addresses.Clear();
        AssertRefused(b, "kl-reporting-ffb-care-plan-4");
        AssertRefused(b, "kl-reporting-ffb-care-plan-5");
    }

    [Fact]
    public void FollowUpThatIsPreliminary_BreaksFollowUp1()
    {
        var b = Valid();
        var plan = First<CarePlan>(b, c => c.Meta.Profile.Single() == FfbProfiles.CarePlan);
        var citizen = First<Patient>(b);
        var followUp = new Observation
        {
            Id = Guid.NewGuid().ToString("D"),
            Meta = new Meta { Profile = [FfbProfiles.FollowUp], LastUpdated = Timestamp },
            Status = ObservationStatus.Preliminary,
            Code = new CodeableConcept(FfbProfiles.Snomed, FfbProfiles.SnomedFollowUp),
            Subject = new ResourceReference($"Patient/{citizen.Id}"),
            Focus = [new ResourceReference($"CarePlan/{plan.Id}")],
            Effective = new FhirDateTime("2021-05-29"),
            Value = new CodeableConcept(Mestring.Terminology.FfbCodeSystem.SystemUri, "1e971d84-10a4-4ef8-a8b3-0daa4c7d088a"),
        };
        b.Entry.Add(new Bundle.EntryComponent { FullUrl = $"Observation/{followUp.Id}", Resource = followUp });
        AssertRefused(b, "kl-reporting-ffb-follow-up-1");
    }

    [Fact]
    public void CarePlanWithoutAReportingProfile_BreaksDeliveryReport2()
    {
        var b = Valid();
        First<CarePlan>(b).Meta.Profile = ["http://example.org/other"];
        AssertRefused(b, "kl-reporting-ffb-delivery-report-2");
    }

    [Fact]
    public void MissingCitizen_BreaksTheReferenceAndCountRules()
    {
        var b = Valid();
        b.Entry.RemoveAll(e => e.Resource is Patient);
        AssertRefused(b, "kl-reporting-ffb-citizen.count");
        AssertRefused(b, "kl-reporting-ffb-deliveryReport.references");
    }

    [Fact]
    public void FreeTextAndBadCpr_AreRefused()
    {
        var b = Valid();
        First<Goal>(b).Note.Add(new Annotation { Text = "Børge vil gerne …" });
        First<Patient>(b).Identifier[0].Value = "3213814321";
        AssertRefused(b, "kl-reporting-ffb-deliveryReport.free-text");
        AssertRefused(b, "kl-reporting-ffb-citizen.cpr");
    }

    [Fact]
    public void ConditionWithoutSubject_IsRefusedByTheBaseSpecification()
    {
        var b = Valid();
        First<Condition>(b).Subject = null;
        First<Encounter>(b).Status = null;
        var errors = BaseSpecValidation.Errors(b);
        var condition = b.Entry.FindIndex(e => e.Resource is Condition);
        var encounter = b.Entry.FindIndex(e => e.Resource is Encounter);
        Assert.Contains(errors, e => e.StartsWith($"Bundle.entry[{condition}]", StringComparison.Ordinal) && e.Contains("'subject'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"Bundle.entry[{encounter}]", StringComparison.Ordinal) && e.Contains("'status'", StringComparison.Ordinal));
    }
}
