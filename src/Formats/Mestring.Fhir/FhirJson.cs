using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Mestring.Fhir;

/// <summary>
/// FHIR JSON in and out with Firely's System.Text.Json converters (the element order and formats of the specification).
/// The legacy <c>FhirJsonSerializer</c> walks an ITypedElement tree and took most of an export's time per bundle
/// (docs/fhir.md, Speed); the options are built once because building them is the expensive part.
/// </summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static string Serialize(Base resource) => JsonSerializer.Serialize(resource, resource.GetType(), Options);

    public static T Parse<T>(string json) where T : Base => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException("The document is empty.");
}
