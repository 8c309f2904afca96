using System.Globalization;
using Hl7.Fhir.Model;
using Mestring.Terminology;

namespace Mestring.Fhir;

/// <summary>Small helpers for the FHIR datatypes the mappings share.</summary>
internal static class FhirBits
{
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    public static CodeableConcept Ffb(string code) => new() { Coding = [new Coding(FfbCodeSystem.SystemUri, code)] };

    public static CodeableConcept Kl(string code) => new() { Coding = [new Coding(FfbProfiles.KlCommonCodes, code)] };

    public static CodeableConcept Snomed(string code) => new() { Coding = [new Coding(FfbProfiles.Snomed, code)] };

    public static CodeableConcept Code(string system, string code) => new() { Coding = [new Coding(system, code)] };

    public static ResourceReference Ref(string type, string id) => new($"{type}/{id}");

    public static Meta Meta(string profile, DateTimeOffset lastUpdated) => new() { Profile = [profile], LastUpdated = lastUpdated };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FhirDateTime DateTime(DateOnly date) => new(Date(date));

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A reference with the KL core ConditionRank extension (1 = primary, 2 = secondary).</summary>
    public static ResourceReference Ranked(string type, string id, int rank)
    {
        var reference = Ref(type, id);
        reference.Extension.Add(new Extension(FfbProfiles.ConditionRank, new PositiveInt(rank)));
        return reference;
    }
}
