namespace Mestring.Application.Plans;

/// <summary>
/// Optimistic concurrency for plan saves (issue 16): the plan version the writer last saw. The API sets it from an
/// <c>If-Match: "N"</c> header (the plan read sends <c>ETag: "N"</c>), the plan editor from the form's hidden version.
/// A save whose version is no longer current is refused with a 409 (<see cref="Stale"/>) instead of overwriting what
/// someone else saved in between. Unset (no If-Match) means no check, as before; two saves racing past the check are
/// still caught by the plan's version being a concurrency token.
/// </summary>
public sealed class PlanPrecondition
{
    public const string Code = "plan-version-conflict";

    /// <summary>The version the writer read; null when the writer did not say.</summary>
    public int? ExpectedVersion { get; set; }

    /// <summary>The 409 for a save made from version <paramref name="expected"/> when <paramref name="current"/> is saved.</summary>
    public static Error Stale(int? expected, int current, string? changedBy)
    {
        var message = expected is null
            ? "The plan was changed by someone else while you saved. Reload the plan and save your change again."
            : $"The plan was changed by someone else after you opened version {expected}; it is now version {current}. Reload the plan and save your change again.";
        var details = new Dictionary<string, object?>
        {
            ["field"] = "version",
            ["detail"] = expected is null
                ? "Planen blev ændret af en anden, mens du gemte. Hent planen igen, og gem din ændring igen."
                : $"Planen er ændret af en anden, efter du åbnede version {expected}; den er nu version {current}. Hent planen igen, og gem din ændring igen.",
            ["expectedVersion"] = expected,
            ["currentVersion"] = current,
        };
        if (changedBy is not null)
        {
            details["changedBy"] = changedBy;
        }
        return Error.Conflict(Code, message, "version") with { Details = details };
    }
}
