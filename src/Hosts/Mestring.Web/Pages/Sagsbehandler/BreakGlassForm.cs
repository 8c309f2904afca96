namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>The break-the-glass form, on the 404 of a citizen outside the caseload and on the search page.</summary>
public sealed record BreakGlassForm(string Action, bool AskPersonId, string? PersonId, string? Reason, string? PersonIdError, string? ReasonError);
