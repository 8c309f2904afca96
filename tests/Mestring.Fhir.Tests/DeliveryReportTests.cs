#pragma warning disable CS8602, CS8603, CS8604 // FHIR POCOs are nullable throughout; a null here fails the test as it should.
using Hl7.Fhir.Model;
using static Mestring.Fhir.Tests.WorkedExample;

namespace Mestring.Fhir.Tests;

public class DeliveryReportTests
{
    private static Bundle Build() => DeliveryReportBuilder.Build(Record(), Delivery)!;

    private static List<T> All<T>(Bundle b) where T : Resource => [.. b.Entry.Select(e => e.Resource).OfType<T>()];

    private static string Code(CodeableConcept? c) => c?.Coding.Single().Code ?? "";

    [Fact]
    public void WorkedExample_IsReproduced_WithTheGuidesCodes()
    {
        var bundle = Build();

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var patient = Assert.Single(All<Patient>(bundle));
        Assert.Equal("0101814321", patient.Identifier.Single().Value);
        Assert.Equal(Sts, patient.ManagingOrganization.Identifier.Value);
        Assert.Single(All<ServiceRequest>(bundle));
        var gathering = Assert.Single(All<ClinicalImpression>(bundle));
        Assert.Equal(15, gathering.Finding.Count);

        var conditions = All<Condition>(bundle).Where(c => c.Meta.Profile.Single() == FfbProfiles.Condition).ToDictionary(c => Code(c.Code));
        Assert.Equal(15, conditions.Count);
        // The example's funktionsevneniveauer: 2 moderat, 1 let, 3 svært; none on Funktioner og forhold / Omgivelser.
        Assert.Equal("5bdde847-2837-416b-ab63-bbff8b7aa531", Code(conditions[SamspilOgKontakt].Severity));
        Assert.Equal("8328ce4a-6238-4f73-bf1a-74aadb68eff8", Code(conditions[VaretageBeskaeftigelse].Severity));
        Assert.Equal("cae545f5-2813-4d79-98fc-0a7d770af3cd", Code(conditions[Spise].Severity));
        Assert.All(FunctionsAndEnvironment, c => Assert.Null(conditions[c].Severity));

        var goals = All<Goal>(bundle);
        Assert.Equal(3, goals.Count);
        var keep = goals.Single(g => g.Addresses.Count == 3);
        Assert.Contains(keep.Target, t => Code(t.Detail as CodeableConcept) == "10752a63-00b4-4958-b7f4-9f3a18f74266"); // Fastholde
        Assert.Contains(keep.Target, t => Code(t.Detail as CodeableConcept) == "8328ce4a-6238-4f73-bf1a-74aadb68eff8"); // Let nedsat
        Assert.Contains(goals, g => g.Target.Any(t => Code(t.Detail as CodeableConcept) == "d41c8072-52f8-42b5-9375-ddbea454d27f")
            && g.Target.Any(t => Code(t.Detail as CodeableConcept) == "b508ff66-6326-4862-a6d7-7bbf184c9823")); // Udvikle → ingen nedsat

        var evaluation = Assert.Single(All<Observation>(bundle));
        Assert.Equal("dd628e73-d6c9-4837-a2b8-aa62d73bd6ae", Code(evaluation.Value as CodeableConcept)); // Let støttebehov

        var carePlans = All<CarePlan>(bundle).Where(c => c.Meta.Profile.Single() == FfbProfiles.CarePlan).ToList();
        Assert.Equal(2, carePlans.Count);
        var performers = All<CareTeam>(bundle).Select(t => Code(t.Category.Single())).Order().ToList();
        Assert.Equal(new[] { ActivityOffer, LongTermHousing }.Order().ToList(), performers);
        var interventions = All<CarePlan>(bundle).Where(c => c.Meta.Profile.Single() == FfbProfiles.Intervention)
            .Select(c => Code(c.Activity.Single().Detail.Code)).Order().ToList();
        Assert.Equal(new[] { DailyTasks, HealthyLiving, SocialActivity }.Order().ToList(), interventions);
        var housingPlan = carePlans.Single(c => c.Addresses.Count == 2);
        Assert.Equal(OtherDevelopmentalDisorder, Code(All<Condition>(bundle).Single(c => housingPlan.Addresses.Single(a =>
            a.Extension.Single().Value is PositiveInt { Value: 1 }).Reference == $"Condition/{c.Id}").Code));
        var encounter = Assert.Single(All<Encounter>(bundle));
        Assert.Equal("2021-08-29", encounter.Period.Start);
    }

    [Fact]
    public void WorkedExample_PassesTheGuidesRules_AndTheBaseSpecification()
    {
        var bundle = Build();

        Assert.Empty(FfbRules.Check(bundle));
        Assert.Empty(BaseSpecValidation.Errors(bundle));
    }

    [Fact]
    public void EveryResource_HasMetaProfileLastUpdatedAndAUuid_AndNoFreeText()
    {
        var bundle = Build();
        var json = FhirJson.Serialize(bundle);

        Assert.All(bundle.Entry, e =>
        {
            Assert.Single(e.Resource.Meta.Profile);
            Assert.NotNull(e.Resource.Meta.LastUpdated);
            Assert.True(e.Resource.Meta.LastUpdated <= Timestamp);
            Assert.True(Guid.TryParse(e.Resource.Id, out _));
        });
        Assert.DoesNotContain("Børge", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Fagligt mål", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Solstrålen", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_AreStable_SoAResendIsAnUpdate()
    {
        var record = Record();
        var first = DeliveryReportBuilder.Build(record, Delivery)!;
        var again = DeliveryReportBuilder.Build(record, Delivery with { Timestamp = Timestamp.AddHours(1) })!;

        Assert.Equal(first.Entry.Select(e => e.FullUrl).Order(), again.Entry.Select(e => e.FullUrl).Order());
        Assert.Equal(FhirIds.For("citizen", record.Citizen.Id), All<Patient>(first).Single().Id);
        // RFC 9562 test vector: uuid5(NAMESPACE_DNS, "www.example.com").
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), FhirIds.V5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void WithdrawnOrder_IsSentAsEnteredInError_UnderItsOldId()
    {
        var record = Record();
        var before = DeliveryReportBuilder.Build(record, Delivery)!;
        WorkedExample.Cancel(record.Interventions[2]);
        var after = DeliveryReportBuilder.Build(record, Delivery)!;
        string Intervention(Bundle b) => All<CarePlan>(b).Single(c => c.Meta.Profile.Single() == FfbProfiles.Intervention
            && Code(c.Activity.Single().Detail.Code) == SocialActivity).Id;

        Assert.Equal(Intervention(before), Intervention(after));
        var withdrawn = All<CarePlan>(after).Single(c => c.Id == Intervention(after));
        Assert.Equal(RequestStatus.EnteredInError, withdrawn.Status);
        Assert.Empty(FfbRules.Check(after));
    }

    [Fact]
    public void CitizenWithoutCpr_IsNotReported()
    {
        var record = Record();
        var anonymous = new Mestring.Domain.Citizens.Citizen(Municipality, "P-2", new DateOnly(1980, 1, 1), 'M');
        Assert.Null(DeliveryReportBuilder.Build(record with { Citizen = anonymous }, Delivery));
    }
}
