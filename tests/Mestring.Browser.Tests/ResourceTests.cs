using System.Xml.Linq;

namespace Mestring.Browser.Tests;

/// <summary>The UI texts: every Danish text has an English translation (no browser needed).</summary>
public sealed class ResourceTests
{
    private static string ResourcesFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "src", "Hosts", "Mestring.Web", "Resources"));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder(), file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Fact]
    public void Every_danish_text_has_an_english_translation()
    {
        var danish = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        var missing = danish.Keys.Where(k => !english.TryGetValue(k, out var en) || string.IsNullOrWhiteSpace(en)).ToList();
        Assert.True(missing.Count == 0, "Missing English for: " + string.Join(" | ", missing.Take(20)));
    }

    [Fact]
    public void Translations_keep_the_same_placeholders()
    {
        // The Danish text is the key itself, or the Danish file's value where the key is an area-prefixed name.
        var danish = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        foreach (var (key, value) in english)
        {
            var danishText = danish.TryGetValue(key, out var da) ? da : key;
            for (var i = 0; i < 4; i++)
            {
                var placeholder = "{" + i + "}";
                Assert.True(danishText.Contains(placeholder) == value.Contains(placeholder), $"'{danishText}' → '{value}' differs in {placeholder}");
            }
        }
    }

    // The compiled resources look names up without regard to case, so "Borgere" and "borgere" cannot both have
    // their own translation: one of them silently shows Danish in English.
    private static readonly HashSet<string> KnownCaseClashes = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void No_two_texts_differ_only_by_case()
    {
        var clashes = Read("SharedResource.resx").Keys
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 && !KnownCaseClashes.Contains(g.Key))
            .Select(g => string.Join(" / ", g))
            .ToList();
        Assert.True(clashes.Count == 0, "Texts that differ only by case: " + string.Join(" | ", clashes));
    }
}
