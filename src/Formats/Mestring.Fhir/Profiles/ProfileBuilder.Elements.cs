using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Mestring.Fhir.Profiles;

internal sealed partial class ProfileBuilder
{
    [GeneratedRegex(@"^([^\[]+)(?:\[(.+)\])?$")]
    private static partial Regex Segment();

    private (string Id, string Path, List<int> Key, IReadOnlyList<PathStep> Steps) Resolve(string fshPath)
    {
        var parts = fshPath.Split('.').Select(s => Segment().Match(s)).ToList();
        var names = parts.Select(m => m.Groups[2].Value == "x" ? m.Groups[1].Value + "[x]" : m.Groups[1].Value).ToList();
        var steps = _model.Walk(_type, names);
        var (id, path, key) = (_type, _type, new List<int>());
        for (var i = 0; i < steps.Count; i++)
        {
            id += "." + steps[i].Name;
            path += "." + steps[i].Name;
            var bracket = parts[i].Groups[2].Value;
            var ordinal = 0;
            if (bracket.Length > 0 && bracket != "x")
            {
                var slice = _sliceAliases.GetValueOrDefault($"{id}|{bracket}") ?? bracket;
                var known = _slices.TryGetValue(id, out var list) ? list : _slices[id] = [];
                if (!known.Contains(slice))
                {
                    known.Add(slice);
                }
                ordinal = known.IndexOf(slice) + 1;
                id += ":" + slice;
            }
            key.Add((steps[i].Index * 1000) + ordinal);
        }
        return (id, path, key, steps);
    }

    private string ElementKey(string fshPath) => Resolve(fshPath).Id;

    private ElementDefinition Element(string fshPath)
    {
        var (id, path, key, steps) = Resolve(fshPath);
        if (_elements.TryGetValue(id, out var existing))
        {
            return existing.Element;
        }
        var element = new ElementDefinition { ElementId = id, Path = path };
        if (steps.Count > 0 && steps[^1].Chosen)
        {
            element.Type = [new ElementDefinition.TypeRefComponent { Code = steps[^1].Types[0] }];
        }
        _elements[id] = (element, key);
        return element;
    }

    private string Canonical(string name) => _catalog.Find(name)?.Canonical ?? "http://hl7.org/fhir/StructureDefinition/" + name;

    private List<ElementDefinition.TypeRefComponent> Only(string text)
    {
        text = text.Trim();
        if (text.StartsWith("Reference(", StringComparison.Ordinal))
        {
            var targets = text[10..text.LastIndexOf(')')].Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return [new ElementDefinition.TypeRefComponent { Code = "Reference", TargetProfile = [.. targets.Select(Canonical)] }];
        }
        return [.. text.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t =>
            _catalog.Find(t) is { } profile
                ? new ElementDefinition.TypeRefComponent { Code = _catalog.BaseTypeOf(profile), Profile = [profile.Canonical] }
                : new ElementDefinition.TypeRefComponent { Code = t })];
    }

    private void Bind(string path, string rest)
    {
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        var reference = (open < 0 ? rest : rest[..open]).Trim();
        var strength = open < 0 ? "required" : rest[(open + 1)..rest.IndexOf(')', open)].Trim();
        var url = _catalog.ValueSetUrl(reference);
        if (url is null)
        {
            _catalog.SkippedBindings.Add($"{_e.Id}: {path} from {reference}");
            return;
        }
        Element(path).Binding = new ElementDefinition.ElementDefinitionBindingComponent
        {
            Strength = strength switch
            {
                "extensible" => BindingStrength.Extensible,
                "preferred" => BindingStrength.Preferred,
                "example" => BindingStrength.Example,
                _ => BindingStrength.Required,
            },
            ValueSet = url,
        };
    }

    private void Assign(string path, string value)
    {
        var exactly = value.EndsWith("(exactly)", StringComparison.Ordinal);
        value = exactly ? value[..^9].Trim() : value.Trim();
        var steps = Resolve(path).Steps;
        var type = steps[^1].Types.Count == 1 ? steps[^1].Types[0] : null;
        DataType assigned;
        if (value.StartsWith('"'))
        {
            var text = FshReader.Unquote(value);
            assigned = type switch { "uri" => new FhirUri(text), "code" => new Code(text), _ => new FhirString(text) };
        }
        else if (value.Contains('#', StringComparison.Ordinal))
        {
            var token = value.Split(' ')[0];
            var hash = token.IndexOf('#', StringComparison.Ordinal);
            var system = hash == 0 ? null : _catalog.Alias(token[..hash]);
            var code = token[(hash + 1)..];
            assigned = type switch
            {
                "code" => new Code(code),
                "Coding" => new Coding(system, code),
                _ => new CodeableConcept { Coding = [new Coding(system, code)] },
            };
        }
        else
        {
            assigned = new FhirBoolean(value == "true");
        }
        var element = Element(path);
        if (exactly)
        {
            element.Fixed = assigned;
        }
        else
        {
            element.Pattern = assigned;
        }
    }

    /// <summary>Orders element keys as the base snapshot does: parent before children, slices after their base element.</summary>
    private sealed class KeyOrder : IComparer<List<int>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }
            return x.Count.CompareTo(y.Count);
        }
    }
}
