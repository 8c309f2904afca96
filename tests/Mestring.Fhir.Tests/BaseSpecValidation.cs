using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Mestring.Fhir.Tests;

/// <summary>Firely's validator against the FHIR R4 base specification (Hl7.Fhir.Specification.Data.R4, offline).</summary>
internal static class BaseSpecValidation
{
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, new LocalTerminologyService(source));
    });

    /// <summary>
    /// Errors against the base specification. KL's profiles and KL core extensions are not in the base specification: a
    /// failure to resolve them is not an error of the bundle (the guide's own rules are checked by <see cref="FfbRules"/>).
    /// </summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        var outcome = Shared.Value.Validate(resource);
        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{string.Join(",", i.Expression)}: {i.Details?.Text ?? i.Diagnostics}")
            .Where(t => !t.Contains("fhir.kl.dk", StringComparison.Ordinal))];
    }
}
