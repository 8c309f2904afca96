using System.Text.RegularExpressions;
using Mestring.Domain.Common;

namespace Mestring.Domain.Interventions;

/// <summary>Legal basis in the register form LAW-PARAGRAPH, e.g. SEL-85, SEL-107, BL-32 (also accepts "SEL §85").</summary>
public static partial class LegalBasisCode
{
    [GeneratedRegex(@"^(SEL|BL|LAB|SUL|AKL|LAS|BEK)[\s\-§]*([0-9]{1,3}[a-z]?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string Normalise(string? text)
    {
        var match = Pattern().Match((text ?? "").Trim());
        if (!match.Success)
        {
            throw ValidationException.For("legalBasis", "must be a law and paragraph, e.g. SEL-85 or BL-32");
        }
        return $"{match.Groups[1].Value.ToUpperInvariant()}-{match.Groups[2].Value.ToLowerInvariant()}";
    }

    /// <summary>Display form, e.g. "SEL §85".</summary>
    public static string Display(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? code : $"{code[..dash]} §{code[(dash + 1)..]}";
    }
}
