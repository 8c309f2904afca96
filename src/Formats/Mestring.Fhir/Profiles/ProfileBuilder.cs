using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Mestring.Fhir.Profiles;

/// <summary>
/// Compiles one FSH Profile or Extension into a StructureDefinition with a differential, as SUSHI would for the
/// constructs the guide uses: cardinalities, <c>only</c> (types, profiles, Reference targets), fixed values and patterns
/// (<c>=</c>, <c>(exactly)</c>), ValueSet bindings, <c>contains</c> (extension and value slices), slicing and maxValue caret
/// rules, and <c>obeys</c>. MS/SU flags and caret rules that only document (^short, ^definition, ^type.aggregation) are skipped.
/// </summary>
internal sealed partial class ProfileBuilder
{
    private const string Hl7 = "http://hl7.org/fhir/StructureDefinition/";
    private readonly FshEntity _e;
    private readonly GuideCatalog _catalog;
    private readonly BaseModel _model;
    private readonly string _type;
    private readonly Dictionary<string, (ElementDefinition Element, List<int> Key)> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _slices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sliceAliases = new(StringComparer.OrdinalIgnoreCase);

    private ProfileBuilder(FshEntity entity, GuideCatalog catalog, BaseModel model)
    {
        _e = entity;
        _catalog = catalog;
        _model = model;
        _type = entity.Kind == "Extension" ? "Extension" : catalog.BaseTypeOf(entity);
    }

    public static StructureDefinition Build(FshEntity entity, GuideCatalog catalog, BaseModel model)
    {
        var builder = new ProfileBuilder(entity, catalog, model);
        return builder.Run();
    }

    private StructureDefinition Run()
    {
        var root = Root();
        if (_e.Kind == "Extension")
        {
            Element("url").Fixed = new FhirUri(_e.Canonical);
            root.Short = _e.Keywords.GetValueOrDefault("Title");
        }
        foreach (var rule in _e.Rules)
        {
            Apply(rule);
        }
        if (_e.Kind == "Extension")
        {
            var complex = _slices.ContainsKey(ElementKey("extension"));
            if (complex)
            {
                Element("value[x]").Max = "0";
            }
            else
            {
                Element("extension").Max = "0";
            }
        }
        var parent = _e.Parent is { } p && _catalog.Find(p) is { } profile ? profile.Canonical : Hl7 + _type;
        var baseSd = _model.Definition(_type);
        var sd = new StructureDefinition
        {
            Id = _e.Id,
            Url = _e.Canonical,
            Name = _e.Name,
            Title = _e.Keywords.GetValueOrDefault("Title"),
            Description = _e.Keywords.GetValueOrDefault("Description"),
            Status = PublicationStatus.Active,
            FhirVersion = FHIRVersion.N4_0_1,
            Kind = baseSd.Kind,
            Abstract = false,
            Type = _type,
            BaseDefinition = parent,
            Derivation = StructureDefinition.TypeDerivationRule.Constraint,
            Differential = new StructureDefinition.DifferentialComponent
            {
                Element = [.. _elements.Values.OrderBy(x => x.Key, KeyOrder.Instance).Select(x => x.Element)],
            },
        };
        if (_e.Kind == "Extension")
        {
            sd.Context = [new StructureDefinition.ContextComponent { Type = StructureDefinition.ExtensionContextType.Element, Expression = "Element" }];
        }
        return sd;
    }

    private ElementDefinition Root()
    {
        var root = new ElementDefinition { ElementId = _type, Path = _type };
        _elements[_type] = (root, []);
        return root;
    }

    [GeneratedRegex(@"^(\d*)\.\.(\d+|\*)?$")]
    private static partial Regex Cardinality();

    private void Apply(string rule)
    {
        if (rule.StartsWith('^'))
        {
            return;
        }
        if (rule.StartsWith("obeys ", StringComparison.Ordinal))
        {
            Obeys(_elements[_type].Element, rule[6..]);
            return;
        }
        var space = rule.IndexOf(' ', StringComparison.Ordinal);
        var path = space < 0 ? rule : rule[..space];
        var rest = space < 0 ? "" : rule[(space + 1)..].Trim();
        if (rest.StartsWith('^'))
        {
            Caret(path, rest);
        }
        else if (rest.StartsWith("contains ", StringComparison.Ordinal))
        {
            Contains(path, rest[9..]);
        }
        else if (rest.StartsWith("only ", StringComparison.Ordinal))
        {
            Element(path).Type = Only(rest[5..]);
        }
        else if (rest.StartsWith("from ", StringComparison.Ordinal))
        {
            Bind(path, rest[5..]);
        }
        else if (rest.StartsWith("= ", StringComparison.Ordinal))
        {
            Assign(path, rest[2..]);
        }
        else if (rest.StartsWith("obeys ", StringComparison.Ordinal))
        {
            Obeys(Element(path), rest[6..]);
        }
        else if (rest.Split(' ')[0] is var first && Cardinality().Match(first) is { Success: true } card)
        {
            SetCardinality(Element(path), card);
        }
    }

    private static void SetCardinality(ElementDefinition element, Match card)
    {
        if (card.Groups[1].Value.Length > 0)
        {
            element.Min = int.Parse(card.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (card.Groups[2].Success)
        {
            element.Max = card.Groups[2].Value;
        }
    }

    private void Caret(string path, string rest)
    {
        var eq = rest.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return;
        }
        var (key, value) = (rest[1..eq].Trim(), rest[(eq + 1)..].Trim());
        var element = Element(path);
        switch (key)
        {
            case "slicing.rules":
                Slicing(element).Rules = value.TrimStart('#') switch
                {
                    "closed" => ElementDefinition.SlicingRules.Closed,
                    "openAtEnd" => ElementDefinition.SlicingRules.OpenAtEnd,
                    _ => ElementDefinition.SlicingRules.Open,
                };
                break;
            case "slicing.discriminator.type":
                Discriminator(element).Type = value.TrimStart('#') == "pattern" ? ElementDefinition.DiscriminatorType.Pattern : ElementDefinition.DiscriminatorType.Value;
                break;
            case "slicing.discriminator.path":
                Discriminator(element).Path = FshReader.Unquote(value);
                break;
            case "maxValuePositiveInt":
                element.MaxValue = new PositiveInt(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static ElementDefinition.SlicingComponent Slicing(ElementDefinition element) =>
        element.Slicing ??= new ElementDefinition.SlicingComponent { Rules = ElementDefinition.SlicingRules.Open, Ordered = false };

    private static ElementDefinition.DiscriminatorComponent Discriminator(ElementDefinition element)
    {
        var slicing = Slicing(element);
        if (slicing.Discriminator.Count == 0)
        {
            slicing.Discriminator.Add(new ElementDefinition.DiscriminatorComponent { Type = ElementDefinition.DiscriminatorType.Value });
        }
        return slicing.Discriminator[0];
    }

    private void Contains(string path, string items)
    {
        var sliced = Element(path);
        var isExtension = path.EndsWith("extension", StringComparison.OrdinalIgnoreCase);
        if (isExtension)
        {
            var d = Discriminator(sliced);
            d.Type = ElementDefinition.DiscriminatorType.Value;
            d.Path = "url";
        }
        foreach (var item in items.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var named = Array.IndexOf(tokens, "named");
            var sliceName = named >= 0 ? tokens[named + 1] : tokens[0];
            var extension = isExtension ? _catalog.Find(tokens[0]) : null;
            _sliceAliases[$"{ElementKey(path)}|{tokens[0]}"] = sliceName;
            _sliceAliases[$"{ElementKey(path)}|{sliceName}"] = sliceName;
            var slice = Element($"{path}[{sliceName}]");
            slice.SliceName = sliceName;
            if (extension is not null)
            {
                slice.Type = [new ElementDefinition.TypeRefComponent { Code = "Extension", Profile = [extension.Canonical] }];
            }
            else if (isExtension)
            {
                Element($"{path}[{sliceName}].url").Fixed = new FhirUri(sliceName);
            }
            var card = tokens.Skip(named >= 0 ? named + 2 : 1).Select(t => Cardinality().Match(t)).FirstOrDefault(m => m.Success);
            if (card is not null)
            {
                SetCardinality(slice, card);
            }
        }
    }

    private void Obeys(ElementDefinition element, string keys)
    {
        foreach (var key in keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var invariant = _catalog.Invariant(key);
            element.Constraint.Add(new ElementDefinition.ConstraintComponent
            {
                Key = key,
                Severity = invariant.Keywords.GetValueOrDefault("Severity") == "#warning"
                    ? ConstraintSeverity.Warning : ConstraintSeverity.Error,
                Human = GuideCorrections.Description(key, invariant.Keywords.GetValueOrDefault("Description") ?? key),
                Expression = GuideCorrections.Expression(key, invariant.Keywords["Expression"], _catalog),
                Source = _e.Canonical,
            });
        }
    }
}
