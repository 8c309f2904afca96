namespace Mestring.Application.Citizens;

/// <summary>
/// The caseload search: a text matches a citizen by name (any part, case-insensitive), by CPR (with or without the
/// hyphen, the whole number or its first digits) or by case number (the citizen id, e.g. "D0001", case-insensitive).
/// </summary>
public static class CaseloadSearch
{
    public static bool Matches(string search, string? name, string? cpr, string personId)
    {
        var term = search.Trim();
        if (term.Length == 0)
        {
            return true;
        }
        if (name is not null && name.Contains(term, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (personId.Contains(term, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var digits = term.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return cpr is not null && digits.Length >= 6 && digits.All(char.IsAsciiDigit) && cpr.StartsWith(digits, StringComparison.Ordinal);
    }
}
