using System.Text;
using System.Text.RegularExpressions;

namespace Mestring.Fhir.Profiles;

/// <summary>One FSH item: a Profile, Extension, ValueSet, Invariant, Alias … with its keywords and its rules.</summary>
public sealed class FshEntity(string kind, string name, string canonicalBase)
{
    public string Kind { get; } = kind;
    public string Name { get; } = name;

    /// <summary>The canonical base its StructureDefinition or ValueSet gets (from the file it was read from).</summary>
    public string CanonicalBase { get; } = canonicalBase;
    public Dictionary<string, string> Keywords { get; } = new(StringComparer.Ordinal);
    public List<string> Rules { get; } = [];

    public string Id => Keywords.GetValueOrDefault("Id") ?? Name;
    public string? Parent => Keywords.GetValueOrDefault("Parent");
    public string Canonical => CanonicalBase + Id;
}

/// <summary>
/// A small reader of FHIR Shorthand for the constructs KLFFBReporting and KL's value sets use: entity keywords
/// (Profile, Extension, ValueSet, Invariant, Alias, …), rules starting with <c>*</c>, rules continued on indented
/// lines, strings over several lines, and <c>//</c> and <c>/* */</c> comments. Rules are kept as text; the
/// profile and value-set builders interpret them.
/// </summary>
public static partial class FshReader
{
    private static readonly HashSet<string> EntityKinds = new(StringComparer.Ordinal)
    {
        "Profile", "Extension", "ValueSet", "CodeSystem", "Invariant", "Instance", "RuleSet", "Logical", "Resource", "Mapping",
    };

    [GeneratedRegex(@"^([A-Za-z]+):\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex KeywordLine();

    /// <summary>Reads one FSH file; aliases go to <paramref name="aliases"/>.</summary>
    public static List<FshEntity> Read(string text, string canonicalBase, Dictionary<string, string> aliases)
    {
        var entities = new List<FshEntity>();
        FshEntity? current = null;
        foreach (var item in LogicalLines(StripComments(text)))
        {
            if (item.StartsWith('*'))
            {
                current?.Rules.Add(item[1..].Trim());
                continue;
            }
            var match = KeywordLine().Match(item);
            if (!match.Success)
            {
                continue;
            }
            var (key, value) = (match.Groups[1].Value, match.Groups[2].Value.Trim());
            if (key == "Alias")
            {
                var eq = value.IndexOf('=', StringComparison.Ordinal);
                aliases[value[..eq].Trim()] = value[(eq + 1)..].Trim();
                current = null;
            }
            else if (EntityKinds.Contains(key))
            {
                current = new FshEntity(key, value, canonicalBase);
                entities.Add(current);
            }
            else
            {
                current?.Keywords[key] = Unquote(value);
            }
        }
        return entities;
    }

    /// <summary>A quoted FSH string without its quotes and with its line breaks and indentation folded to one space.</summary>
    public static string Unquote(string value)
    {
        var v = value.Trim();
        if (v.Length >= 2 && v[0] == '"' && v[^1] == '"')
        {
            v = v[1..^1];
        }
        return Whitespace().Replace(v.Replace("\\\"", "\"", StringComparison.Ordinal), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Joins a rule's continuation lines and a string's further lines into one logical line.</summary>
    private static IEnumerable<string> LogicalLines(string text)
    {
        var pending = new StringBuilder();
        var inString = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            var continues = inString || (pending.Length > 0 && trimmed.Length > 0 && !trimmed.StartsWith('*')
                && !KeywordLine().IsMatch(trimmed) && char.IsWhiteSpace(line.FirstOrDefault()));
            if (!continues && pending.Length > 0)
            {
                yield return pending.ToString();
                pending.Clear();
            }
            if (trimmed.Length == 0 && !inString)
            {
                continue;
            }
            if (inString)
            {
                pending.Append('\n').Append(line);
            }
            else
            {
                pending.Append(continues ? " " : "").Append(trimmed);
            }
            inString ^= CountQuotes(line) % 2 == 1;
        }
        if (pending.Length > 0)
        {
            yield return pending.ToString();
        }
    }

    private static int CountQuotes(string line)
    {
        var n = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Removes <c>//</c> line comments and <c>/* */</c> block comments outside strings.</summary>
    private static string StripComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c == '/' && i + 1 < text.Length && text[i + 1] == '/' && (i == 0 || text[i - 1] != ':'))
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
                sb.Append('\n');
                continue;
            }
            else if (!inString && c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
