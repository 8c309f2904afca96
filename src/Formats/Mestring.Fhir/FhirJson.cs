using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Mestring.Fhir;

/// <summary>FHIR JSON in and out (Firely's serializer; the element order and formats of the specification).</summary>
public static class FhirJson
{
    private static readonly FhirJsonSerializer Serializer = new();
    private static readonly FhirJsonDeserializer Parser = new();

    public static string Serialize(Base resource) => Serializer.SerializeToString(resource, pretty: true);

    public static T Parse<T>(string json) where T : Base => Parser.Deserialize<T>(json);
}
