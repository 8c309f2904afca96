#pragma warning disable CS0618, CS8602, CS8604, CS8620 // The base specification is read once at start (sync is fine); its snapshot elements always carry paths and type codes.
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace Mestring.Fhir.Profiles;

/// <summary>One step of an FSH path resolved against the base specification.</summary>
/// <param name="Name">The element's name as it stands in an ElementDefinition path (a choice keeps its <c>[x]</c>).</param>
/// <param name="Index">The element's place in its type's snapshot: the differential is written in that order.</param>
/// <param name="Types">The element's type codes, or the one chosen by a renamed choice (<c>valueCodeableConcept</c>).</param>
/// <param name="Chosen">True when the FSH named one type of a choice element.</param>
internal sealed record PathStep(string Name, int Index, IReadOnlyList<string> Types, bool Chosen);

/// <summary>Walks FSH paths through the FHIR R4 base specification's snapshots (element order, types, choice renames).</summary>
internal sealed class BaseModel(IResourceResolver source)
{
    private readonly Dictionary<string, StructureDefinition> _byType = new(StringComparer.Ordinal);

    public StructureDefinition Definition(string type)
    {
        if (!_byType.TryGetValue(type, out var sd))
        {
            sd = source.FindStructureDefinitionForCoreType(type)
                ?? throw new InvalidOperationException($"The base specification has no type {type}.");
            _byType[type] = sd;
        }
        return sd;
    }

    /// <summary>The steps of <paramref name="names"/> (slice names already removed) below the type <paramref name="root"/>.</summary>
    public IReadOnlyList<PathStep> Walk(string root, IReadOnlyList<string> names)
    {
        var steps = new List<PathStep>();
        var sd = Definition(root);
        var prefix = root;
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            var elements = sd.Snapshot.Element;
            var index = elements.FindIndex(e => e.Path == $"{prefix}.{name}" && e.SliceName is null);
            var chosen = (string?)null;
            if (index < 0)
            {
                index = elements.FindIndex(e => e.SliceName is null && e.Path.EndsWith("[x]", StringComparison.Ordinal)
                    && e.Path.StartsWith(prefix + ".", StringComparison.Ordinal) && !e.Path[(prefix.Length + 1)..].Contains('.', StringComparison.Ordinal)
                    && ChoiceType(e, name) is not null);
                if (index < 0)
                {
                    throw new InvalidOperationException($"{prefix}.{name} is not an element of the base specification.");
                }
                chosen = ChoiceType(elements[index], name);
            }
            var element = elements[index];
            var elementName = element.Path[(element.Path.LastIndexOf('.') + 1)..];
            var types = chosen is not null ? [chosen] : element.Type.Select(t => t.Code).ToList();
            steps.Add(new PathStep(elementName, index, types, chosen is not null));
            var hasChildren = elements.Any(e => e.Path.StartsWith(element.Path + ".", StringComparison.Ordinal));
            if (n == names.Count - 1)
            {
                break;
            }
            if (hasChildren && chosen is null)
            {
                prefix = element.Path;
            }
            else if (types.Count == 1)
            {
                sd = Definition(types[0]);
                prefix = types[0];
            }
        }
        return steps;
    }

    /// <summary>The type a renamed choice names (<c>valueCodeableConcept</c> of <c>value[x]</c> → CodeableConcept).</summary>
    private static string? ChoiceType(ElementDefinition choice, string name)
    {
        var stem = choice.Path[(choice.Path.LastIndexOf('.') + 1)..^3];
        if (!name.StartsWith(stem, StringComparison.Ordinal) || name.Length == stem.Length)
        {
            return null;
        }
        var suffix = name[stem.Length..];
        return choice.Type.Select(t => t.Code).FirstOrDefault(c => string.Equals(c, suffix, StringComparison.OrdinalIgnoreCase));
    }
}
