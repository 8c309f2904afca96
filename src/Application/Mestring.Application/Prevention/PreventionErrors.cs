namespace Mestring.Application.Prevention;

/// <summary>The refusals of early detection.</summary>
public static class PreventionErrors
{
    /// <summary>The code of <see cref="Off"/> (the API's <c>code</c>).</summary>
    public const string OffCode = "prevention-off";

    /// <summary>
    /// Early detection is switched off: no worklist and nothing about a single child (409 on the web, exit code 4 on the
    /// command line). The Danish text is the web's; the CLI writes its own bilingual text for the same refusal.
    /// </summary>
    public static Error Off { get; } = new(ErrorKind.Conflict, OffCode, PreventionWorklist.RefusalMessage);
}
