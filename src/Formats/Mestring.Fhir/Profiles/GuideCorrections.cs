namespace Mestring.Fhir.Profiles;

/// <summary>
/// Where KLFFBReporting's FSH contradicts its own intent, the compiled profiles follow the intent (docs/fhir.md lists each):
/// <list type="bullet">
/// <item>intervention-goal-2 looks the rank up under <c>http://fhir.kl.dk/term/…/ConditionRank</c>, a URL that exists
/// nowhere; the profile's own extension (and care-plan-2) is <c>http://fhir.kl.dk/core/…/ConditionRank</c>.</item>
/// <item>intervention-goal-2 and care-plan-2 compare <c>valuePositiveInt</c> with the string <c>'1'</c>; in FHIRPath an
/// integer never equals a string and <c>valuePositiveInt</c> is not a path of the element model, so both would count
/// nothing (every goal refused, every care plan accepted). The value is compared as the integer 1.</item>
/// <item>delivery-report-1/-2/-3 filter <c>entry.ofType(Condition)</c>; an entry is a BackboneElement, never a Condition,
/// so the rules would hold vacuously. They filter on the entry's resource.</item>
/// <item>delivery-report-3's description repeats -2's; it checks Observations.</item>
/// </list>
/// </summary>
internal static partial class GuideCorrections
{
    private const string WrongRank = "http://fhir.kl.dk/term/StructureDefinition/ConditionRank";
    private const string Rank = "http://fhir.kl.dk/core/StructureDefinition/ConditionRank";

    [System.Text.RegularExpressions.GeneratedRegex(@"\.memberOf\('([^']+)'\)(\.not\(\))?")]
    private static partial System.Text.RegularExpressions.Regex MemberOf();

    /// <summary>
    /// The guide's FHIRPath with its slips corrected, and <c>memberOf('…FFB value set')</c> replaced by the value set's
    /// expansion (Firely's validator has no terminology service inside FHIRPath; the expansion is the same test).
    /// </summary>
    public static string Expression(string key, string expression, GuideCatalog catalog)
    {
        var e = MemberOf().Replace(expression, m =>
        {
            var codes = catalog.Expand(m.Groups[1].Value[(m.Groups[1].Value.LastIndexOf('/') + 1)..])
                ?? throw new InvalidOperationException($"{key}: the value set {m.Groups[1].Value} cannot be expanded.");
            var test = $".coding.where(system = '{Mestring.Terminology.FfbCodeSystem.SystemUri}' and code in ({string.Join(" | ", codes.Select(c => $"'{c}'"))})).exists()";
            return m.Groups[2].Success ? test + ".not()" : test;
        });
        e = e.Replace(WrongRank, Rank, StringComparison.Ordinal)
            .Replace(".valuePositiveInt = '1'", ".value = 1", StringComparison.Ordinal);
        foreach (var type in new[] { "Condition", "CarePlan", "Observation" })
        {
            e = e.Replace($"entry.ofType({type})", $"entry.where(resource is {type})", StringComparison.Ordinal);
        }
        return key.StartsWith("kl-reporting-ffb-", StringComparison.Ordinal) ? e : expression;
    }

    public static string Description(string key, string description) => key == "kl-reporting-ffb-delivery-report-3"
        ? "All Observation resources shall conform to either kl-reporting-ffb-careEvaluation or kl-reporting-ffb-followUp profile"
        : description;
}
