using System.Text.RegularExpressions;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Mestring.Fhir.Profiles;

/// <summary>
/// Validates delivery reports with Firely's validator against the FHIR R4 base specification and against
/// KLFFBReporting's own profiles, compiled from the guide's FSH (<see cref="GuideArtifacts"/>): cardinalities, fixed
/// values and patterns, slices, FFB bindings and the guide's invariants (FHIRPath). Each error is named by the
/// invariant's key or by the profile element it breaks. Building it compiles the guide and takes a few seconds; one
/// instance is shared and is safe to use from several threads.
/// </summary>
public sealed partial class FfbProfileValidator
{
    private static readonly Lazy<FfbProfileValidator> SharedInstance = new(() => new FfbProfileValidator());
    private readonly Validator _validator;

    private FfbProfileValidator()
    {
        var baseSpec = ZipSource.CreateValidationSource();
        Artifacts = GuideArtifacts.Compile(baseSpec);
        var guide = new InMemoryResourceResolver([.. Artifacts.Profiles.Cast<Resource>(), .. Artifacts.ValueSets]);
        var resolver = new CachedResolver(new MultiResolver(guide, baseSpec));
        // Snapshots once, for the guide's profiles only: a SnapshotSource would regenerate the base specification's too
        // (minutes on the first validation).
        var generator = new SnapshotGenerator(resolver);
        foreach (var profile in Artifacts.Profiles)
        {
            generator.UpdateAsync(profile).GetAwaiter().GetResult();
        }
        _validator = new Validator(resolver, new LocalTerminologyService(resolver));
    }

    public static FfbProfileValidator Shared => SharedInstance.Value;

    public GuideArtifacts Artifacts { get; }

    [GeneratedRegex(@"constraint ([A-Za-z0-9-]+)")]
    private static partial Regex RuleKey();

    [GeneratedRegex(@"^Bundle\.entry\[(\d+)\]\.resource(?:\[0\])?\.?(.*)$")]
    private static partial Regex EntryPath();

    [GeneratedRegex(@"at element '([A-Za-z\[\]]+)'")]
    private static partial Regex AtElement();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    /// <summary>A broken element named as profile id + element path (<c>kl-reporting-ffb-followUpEncounter.status</c>).</summary>
    private static string ElementRule(Bundle bundle, string location)
    {
        var m = EntryPath().Match(location);
        if (!m.Success)
        {
            return "kl-reporting-ffb-deliveryReport." + Index().Replace(location.StartsWith("Bundle.", StringComparison.Ordinal) ? location[7..] : location, "");
        }
        var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var profile = n < bundle.Entry.Count ? bundle.Entry[n].Resource?.Meta?.Profile.FirstOrDefault() : null;
        var id = profile is null ? bundle.Entry.ElementAtOrDefault(n)?.Resource?.TypeName ?? "entry" : profile[(profile.LastIndexOf('/') + 1)..];
        var element = Index().Replace(m.Groups[2].Value, "");
        return element.Length == 0 ? id : $"{id}.{element}";
    }

    /// <summary>The errors of <paramref name="bundle"/> (an empty list: it conforms).</summary>
    public IReadOnlyList<FfbIssue> Validate(Bundle bundle)
    {
        var outcome = _validator.Validate(bundle, FfbProfiles.DeliveryReport);
        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i =>
            {
                var message = i.Details?.Text ?? i.Diagnostics ?? "";
                var location = string.Join(",", i.Expression);
                var rule = RuleKey().Match(message) is { Success: true } m ? m.Groups[1].Value
                    : ElementRule(bundle, location + (AtElement().Match(message) is { Success: true } at ? "." + at.Groups[1].Value : ""));
                return new FfbIssue(rule, location, message);
            })];
    }
}
