using System.Net;
using System.Text.RegularExpressions;

namespace Mestring.Web.Tests.Investments;

/// <summary>
/// The fields a browser would post for one form of a page: hidden and text inputs, checked checkboxes (a
/// checkbox's hidden "false" twin comes after it, as ASP.NET renders them), textareas and selected options.
/// </summary>
public static partial class HtmlForm
{
    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*value=\"([^\"]*)\"[^>]*\\bselected\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SelectedOption();

    [GeneratedRegex("<option\\b[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FirstOption();

    [GeneratedRegex("\\b([a-zA-Z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    /// <summary>The fields of the form that starts at the first occurrence of <paramref name="formStart"/>.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string formStart)
    {
        var start = html.IndexOf(formStart, StringComparison.Ordinal);
        Assert.True(start >= 0, "form not found: " + formStart);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<(int At, string Name, string Value)>();
        foreach (Match m in Input().Matches(form))
        {
            var a = Attributes(m.Value);
            if (!a.TryGetValue("name", out var name))
            {
                continue;
            }
            var type = a.GetValueOrDefault("type", "text");
            if (type == "checkbox" && !a.ContainsKey("checked"))
            {
                continue;
            }
            fields.Add((m.Index, name, a.GetValueOrDefault("value", "")));
        }
        foreach (Match m in TextArea().Matches(form))
        {
            var a = Attributes(m.Groups[1].Value);
            fields.Add((m.Index, a["name"], WebUtility.HtmlDecode(m.Groups[2].Value)));
        }
        foreach (Match m in Select().Matches(form))
        {
            var a = Attributes(m.Groups[1].Value);
            var selected = SelectedOption().Match(m.Groups[2].Value);
            var value = selected.Success ? selected.Groups[1].Value : FirstOption().Match(m.Groups[2].Value).Groups[1].Value;
            fields.Add((m.Index, a["name"], WebUtility.HtmlDecode(value)));
        }
        return [.. fields.OrderBy(f => f.At).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
    }

    /// <summary>Replaces the first field with this name (it must exist).</summary>
    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var i = fields.FindIndex(f => f.Key == name);
        Assert.True(i >= 0, "no field " + name);
        fields[i] = new(name, value);
    }

    public static string Value(List<KeyValuePair<string, string>> fields, string name) => fields.First(f => f.Key == name).Value;

    private static Dictionary<string, string> Attributes(string tag)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(tag))
        {
            result.TryAdd(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value));
        }
        return result;
    }
}
