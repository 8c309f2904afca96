using System.Text.RegularExpressions;
using Mestring.Economics.Catalogue;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// The catalogue editor's fields: outcomes with unit costs per holder and methods with their effects. Relative
/// changes, their SE and decay are typed in percent; each list carries one blank row for a new entry. Blank rows
/// are ignored; a row marked <c>Remove</c> is left out.
/// </summary>
public sealed partial class CatalogueForm
{
    public string CatalogueVersion { get; set; } = "";
    public string? Note { get; set; }
    public string? UpdatedAt { get; set; }
    public List<OutcomeForm> Outcomes { get; set; } = [];
    public List<MethodForm> Methods { get; set; } = [];

    /// <summary>The form for a catalogue, with a blank row at the end of every list.</summary>
    public static CatalogueForm From(KnowledgeCatalogue catalogue, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var form = new CatalogueForm
        {
            CatalogueVersion = catalogue.CatalogueVersion,
            Note = catalogue.Note,
            UpdatedAt = updatedAt.ToString("O", CultureInfo.InvariantCulture),
            Outcomes = [.. catalogue.Outcomes.Select(o => new OutcomeForm
            {
                Id = o.Id,
                Existing = true,
                Name = o.Name,
                Unit = o.Unit,
                PriceYear = o.PriceYear,
                Source = o.Source,
                Indicative = o.Indicative,
                Prices = [.. o.Prices.Select(p => new PriceForm { Holder = p.Holder, UnitCost = p.UnitCost, Se = p.Se })],
            })],
            Methods = [.. catalogue.Methods.Select(m => new MethodForm
            {
                Id = m.Id,
                Existing = true,
                Name = m.Name,
                Description = m.Description,
                Effects = [.. m.Effects.Select(EffectForm.From)],
            })],
        };
        form.AddBlankRows();
        return form;
    }

    /// <summary>One empty row for a new price, effect, outcome and method.</summary>
    public void AddBlankRows()
    {
        foreach (var o in Outcomes)
        {
            if (o.Prices.Count == 0 || !o.Prices[^1].IsBlank)
            {
                o.Prices.Add(new PriceForm());
            }
        }
        foreach (var m in Methods)
        {
            if (m.Effects.Count == 0 || !m.Effects[^1].IsBlank)
            {
                m.Effects.Add(new EffectForm());
            }
        }
        if (Outcomes.Count == 0 || !Outcomes[^1].IsBlank)
        {
            Outcomes.Add(new OutcomeForm { Prices = [new PriceForm()] });
        }
        if (Methods.Count == 0 || !Methods[^1].IsBlank)
        {
            Methods.Add(new MethodForm { Effects = [new EffectForm()] });
        }
    }

    public DateTimeOffset? ExpectedUpdatedAt =>
        DateTimeOffset.TryParse(UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    /// <summary>
    /// The catalogue the form describes, keeping <paramref name="current"/>'s price index, and which form row each
    /// entry came from (blank and removed rows are left out). A number left empty becomes NaN (or −1 for a year), so
    /// <see cref="CatalogueValidator"/> reports it on its field; nothing is checked here.
    /// </summary>
    public (KnowledgeCatalogue Catalogue, CatalogueFormRows Rows) ToCatalogue(KnowledgeCatalogue current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var rows = new CatalogueFormRows();
        var outcomes = new List<CatalogueOutcome>();
        for (var i = 0; i < Outcomes.Count; i++)
        {
            var o = Outcomes[i];
            if (o.Remove || o.IsBlank)
            {
                continue;
            }
            var priceRows = Kept(o.Prices, p => p.Remove || p.IsBlank);
            rows.Outcomes.Add(i);
            rows.Prices.Add(priceRows);
            outcomes.Add(new CatalogueOutcome(o.Id?.Trim() ?? "", o.Name?.Trim() ?? "", o.Unit?.Trim() ?? "", o.PriceYear ?? 0, o.Source?.Trim() ?? "", o.Indicative,
                [.. priceRows.Select(j => o.Prices[j]).Select(p => new CataloguePrice(p.Holder?.Trim() ?? "", p.UnitCost ?? double.NaN, p.Se))]));
        }
        var methods = new List<CatalogueMethod>();
        for (var i = 0; i < Methods.Count; i++)
        {
            var m = Methods[i];
            if (m.Remove || m.IsBlank)
            {
                continue;
            }
            var effectRows = Kept(m.Effects, e => e.Remove || e.IsBlank);
            rows.Methods.Add(i);
            rows.Effects.Add(effectRows);
            methods.Add(new CatalogueMethod(m.Id?.Trim() ?? "", m.Name?.Trim() ?? "", m.Description?.Trim() ?? "", [.. effectRows.Select(j => m.Effects[j].ToEffect())]));
        }
        return (new KnowledgeCatalogue(CatalogueVersion.Trim(), Note?.Trim() ?? "", current.PriceIndex, outcomes, methods), rows);
    }

    /// <summary>The name the Danish messages use for an outcome row: its name, else its id, else "(nyt udfald)".</summary>
    public string OutcomeName(int row, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var o = Outcomes[row];
        return string.IsNullOrWhiteSpace(o.Name) ? (o.Id ?? t["(nyt udfald)"]) : o.Name.Trim();
    }

    /// <summary>The name the Danish messages use for a method row: its name, else its id, else "(ny metode)".</summary>
    public string MethodName(int row, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var m = Methods[row];
        return string.IsNullOrWhiteSpace(m.Name) ? (m.Id ?? t["(ny metode)"]) : m.Name.Trim();
    }

    private static List<int> Kept<T>(List<T> items, Func<T, bool> skip) =>
        [.. Enumerable.Range(0, items.Count).Where(j => !skip(items[j]))];

    /// <summary>"Form.Outcomes[2].Prices[0].Se" → "Udfald «Akut somatisk indlæggelse», pris 1, standardfejl".</summary>
    public string Describe(string field, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var m = FieldPattern().Match(field ?? "");
        if (!m.Success)
        {
            return field ?? "";
        }
        var index = int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture);
        var name = m.Groups["list"].Value == "Outcomes"
            ? t["Udfald «{0}»", index < Outcomes.Count ? Outcomes[index].Name ?? Outcomes[index].Id ?? "" : ""].Value
            : t["Metode «{0}»", index < Methods.Count ? Methods[index].Name ?? Methods[index].Id ?? "" : ""].Value;
        if (m.Groups["sub"].Success)
        {
            var row = int.Parse(m.Groups["j"].Value, CultureInfo.InvariantCulture) + 1;
            name += ", " + (m.Groups["sub"].Value == "Prices" ? t["pris {0}", row].Value : t["effekt {0}", row].Value);
        }
        return name + ", " + m.Groups["field"].Value switch
        {
            "UnitCost" => t["feltet enhedspris"].Value,
            "Se" => t["feltet standardfejl"].Value,
            "PriceYear" => t["feltet prisår"].Value,
            "Change" => t["feltet ændring"].Value,
            "FromYear" => t["feltet fra år"].Value,
            "ToYear" => t["feltet til år"].Value,
            "DecayPercent" => t["feltet aftagning pr. år"].Value,
            var other => other,
        };
    }

    [GeneratedRegex(@"^Form\.(?<list>Outcomes|Methods)\[(?<i>\d+)\](\.(?<sub>Prices|Effects)\[(?<j>\d+)\])?\.(?<field>\w+)$")]
    private static partial Regex FieldPattern();

    /// <summary>The id the error summary links to for a field name.</summary>
    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");
}

/// <summary>Which form row each entry of the catalogue built from the form came from (index in the catalogue → index in the form).</summary>
public sealed class CatalogueFormRows
{
    public List<int> Outcomes { get; } = [];
    public List<List<int>> Prices { get; } = [];
    public List<int> Methods { get; } = [];
    public List<List<int>> Effects { get; } = [];
}

public sealed class OutcomeForm
{
    public string? Id { get; set; }
    /// <summary>An entry that was in the catalogue when the form was shown: its id is fixed (effects refer to it).</summary>
    public bool Existing { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public int? PriceYear { get; set; }
    public string? Source { get; set; }
    public bool Indicative { get; set; }
    public bool Remove { get; set; }
    public List<PriceForm> Prices { get; set; } = [];

    public bool IsBlank => !Existing && string.IsNullOrWhiteSpace(Id) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit)
        && string.IsNullOrWhiteSpace(Source) && Prices.All(p => p.IsBlank);
}

public sealed class PriceForm
{
    public string? Holder { get; set; }
    public double? UnitCost { get; set; }
    public double? Se { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Holder) && UnitCost is null && Se is null;
}

public sealed class MethodForm
{
    public string? Id { get; set; }
    public bool Existing { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool Remove { get; set; }
    public List<EffectForm> Effects { get; set; } = [];

    public bool IsBlank => !Existing && string.IsNullOrWhiteSpace(Id) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description)
        && Effects.All(e => e.IsBlank);
}

/// <summary>An effect row: a relative change in percent (−60 = 60 % fewer) or an absolute change in units per year.</summary>
public sealed class EffectForm
{
    public const string Relative = "relative";
    public const string Absolute = "absolute";

    public string? Outcome { get; set; }
    public string Kind { get; set; } = Relative;
    public double? Change { get; set; }
    public double? Se { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public double? DecayPercent { get; set; }
    public string? Source { get; set; }
    /// <summary>"standard — erstat med lokale tal": a literature default, not the municipality's own figure.</summary>
    public bool IsDefault { get; set; }
    public bool Remove { get; set; }

    public bool IsRelative => Kind != Absolute;

    public bool IsBlank => string.IsNullOrWhiteSpace(Outcome) && Change is null && Se is null && FromYear is null && ToYear is null
        && DecayPercent is null && string.IsNullOrWhiteSpace(Source);

    public static EffectForm From(CatalogueEffect e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var relative = e.RelativeChange is not null;
        return new EffectForm
        {
            Outcome = e.Outcome,
            Kind = relative ? Relative : Absolute,
            Change = relative ? Percent(e.RelativeChange) : e.AbsoluteChange,
            Se = relative ? Percent(e.Se) : e.Se,
            FromYear = e.FromYear,
            ToYear = e.ToYear,
            DecayPercent = Percent(e.DecayPerYear),
            Source = e.Source,
            IsDefault = e.IsDefault,
        };
    }

    /// <summary>
    /// The catalogue effect; percentages go back to fractions rounded to 12 significant digits, so an untouched
    /// row gives exactly the figure it was shown from (e.g. 0.12 → 12 → 0.12, not 0.12000000000000001).
    /// </summary>
    public CatalogueEffect ToEffect() => new(
        Outcome?.Trim() ?? "",
        IsRelative ? Fraction(Change ?? double.NaN) : null,
        IsRelative ? null : Change ?? double.NaN,
        IsRelative ? Fraction(Se) : Se,
        FromYear ?? -1,
        ToYear ?? -1,
        Fraction(DecayPercent) ?? 0,
        Source?.Trim() ?? "",
        IsDefault);

    private static double? Percent(double? fraction) => fraction is { } f ? Round(f * 100) : null;

    private static double? Fraction(double? percent) => percent is { } p ? Round(p / 100) : null;

    private static double Round(double value) =>
        double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
