using System.Globalization;
using System.Text.RegularExpressions;
using Mestring.Economics.Catalogue;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

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

    [GeneratedRegex("^[a-z0-9_]{1,60}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)*$")]
    private static partial Regex HolderPattern();

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
    /// The catalogue the form describes, keeping <paramref name="current"/>'s price index; every problem is added
    /// to <paramref name="errors"/> under the form field's name with a Danish (localised) message naming the field.
    /// </summary>
    public KnowledgeCatalogue? ToCatalogue(KnowledgeCatalogue current, IStringLocalizer t, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(errors);
        void Error(string field, string message) => errors.TryAdd(field, message);

        if (string.IsNullOrWhiteSpace(CatalogueVersion))
        {
            Error("Form.CatalogueVersion", t["Katalogversion: skal udfyldes."]);
        }
        var outcomes = new List<CatalogueOutcome>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Outcomes.Count; i++)
        {
            var o = Outcomes[i];
            if (o.Remove || o.IsBlank)
            {
                continue;
            }
            var at = $"Form.Outcomes[{i}]";
            var name = string.IsNullOrWhiteSpace(o.Name) ? (o.Id ?? t["(nyt udfald)"]) : o.Name.Trim();
            var id = o.Id?.Trim() ?? "";
            if (!IdPattern().IsMatch(id))
            {
                Error(at + ".Id", t["Udfald «{0}», id: skal udfyldes med små bogstaver, tal og _ (fx herberg_nat).", name]);
            }
            else if (!ids.Add(id))
            {
                Error(at + ".Id", t["Udfald «{0}», id: «{1}» bruges allerede af et andet udfald.", name, id]);
            }
            if (string.IsNullOrWhiteSpace(o.Name))
            {
                Error(at + ".Name", t["Udfald «{0}», navn: skal udfyldes.", name]);
            }
            if (string.IsNullOrWhiteSpace(o.Unit))
            {
                Error(at + ".Unit", t["Udfald «{0}», enhed: skal udfyldes (fx nat, dag, time).", name]);
            }
            if (o.PriceYear is not { } priceYear || !current.PriceIndex.Values.ContainsKey(priceYear))
            {
                Error(at + ".PriceYear", t["Udfald «{0}», prisår: skal være et år i prisindekset ({1}–{2}).", name, current.PriceIndex.Values.Keys.Min(), current.PriceIndex.Values.Keys.Max()]);
            }
            if (string.IsNullOrWhiteSpace(o.Source))
            {
                Error(at + ".Source", t["Udfald «{0}», kilde: skriv hvor enhedspriserne kommer fra.", name]);
            }
            var prices = new List<CataloguePrice>();
            var holders = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < o.Prices.Count; j++)
            {
                var p = o.Prices[j];
                if (p.Remove || p.IsBlank)
                {
                    continue;
                }
                var pAt = $"{at}.Prices[{j}]";
                var holder = p.Holder?.Trim() ?? "";
                if (!HolderPattern().IsMatch(holder))
                {
                    Error(pAt + ".Holder", t["Udfald «{0}», pris {1}, budgetholder: skal udfyldes som fx kommune.social eller region.sundhed.", name, j + 1]);
                }
                else if (!holders.Add(holder))
                {
                    Error(pAt + ".Holder", t["Udfald «{0}», pris {1}, budgetholder: «{2}» har allerede en pris for dette udfald.", name, j + 1, holder]);
                }
                if (p.UnitCost is not { } cost || !double.IsFinite(cost))
                {
                    Error(pAt + ".UnitCost", t["Udfald «{0}», pris {1}, enhedspris: skal være et tal i kroner (negativ for indtægt).", name, j + 1]);
                }
                if (p.Se is { } se && (se < 0 || !double.IsFinite(se)))
                {
                    Error(pAt + ".Se", t["Udfald «{0}», pris {1}, standardfejl: må ikke være negativ.", name, j + 1]);
                }
                prices.Add(new CataloguePrice(holder, p.UnitCost ?? 0, p.Se));
            }
            if (prices.Count == 0)
            {
                Error(at + ".Prices[0].Holder", t["Udfald «{0}»: skal have mindst én enhedspris for en budgetholder.", name]);
            }
            outcomes.Add(new CatalogueOutcome(id, o.Name?.Trim() ?? "", o.Unit?.Trim() ?? "", o.PriceYear ?? 0, o.Source?.Trim() ?? "", o.Indicative, prices));
        }
        if (outcomes.Count == 0)
        {
            Error("Form.Outcomes[0].Id", t["Kataloget skal have mindst ét udfald."]);
        }

        var methods = new List<CatalogueMethod>();
        var methodIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Methods.Count; i++)
        {
            var m = Methods[i];
            if (m.Remove || m.IsBlank)
            {
                continue;
            }
            var at = $"Form.Methods[{i}]";
            var name = string.IsNullOrWhiteSpace(m.Name) ? (m.Id ?? t["(ny metode)"]) : m.Name.Trim();
            var id = m.Id?.Trim() ?? "";
            if (!IdPattern().IsMatch(id))
            {
                Error(at + ".Id", t["Metode «{0}», id: skal udfyldes med små bogstaver, tal og _ (fx housing_first).", name]);
            }
            else if (!methodIds.Add(id))
            {
                Error(at + ".Id", t["Metode «{0}», id: «{1}» bruges allerede af en anden metode.", name, id]);
            }
            if (string.IsNullOrWhiteSpace(m.Name))
            {
                Error(at + ".Name", t["Metode «{0}», navn: skal udfyldes.", name]);
            }
            var effects = new List<CatalogueEffect>();
            for (var j = 0; j < m.Effects.Count; j++)
            {
                var e = m.Effects[j];
                if (e.Remove || e.IsBlank)
                {
                    continue;
                }
                var eAt = $"{at}.Effects[{j}]";
                var outcome = e.Outcome?.Trim() ?? "";
                var label = outcomes.FirstOrDefault(x => x.Id == outcome)?.Name ?? outcome;
                if (outcomes.All(x => x.Id != outcome))
                {
                    Error(eAt + ".Outcome", t["Metode «{0}», effekt {1}, udfald: vælg et udfald, der findes i kataloget.", name, j + 1]);
                }
                if (e.Change is not { } change || !double.IsFinite(change))
                {
                    Error(eAt + ".Change", t["Metode «{0}», effekt på «{1}», ændring: skal være et tal.", name, label]);
                }
                else if (e.IsRelative && change < -100)
                {
                    Error(eAt + ".Change", t["Metode «{0}», effekt på «{1}», ændring: kan ikke være under -100 %.", name, label]);
                }
                if (e.Se is { } se && (se < 0 || !double.IsFinite(se)))
                {
                    Error(eAt + ".Se", t["Metode «{0}», effekt på «{1}», standardfejl: må ikke være negativ.", name, label]);
                }
                if (e.FromYear is not { } from || from < 0)
                {
                    Error(eAt + ".FromYear", t["Metode «{0}», effekt på «{1}», fra år: skal være 0 eller mere.", name, label]);
                }
                else if (e.ToYear is not { } to || to < from)
                {
                    Error(eAt + ".ToYear", t["Metode «{0}», effekt på «{1}», til år: skal være mindst fra år.", name, label]);
                }
                if (e.DecayPercent is { } decay && decay is < 0 or > 100)
                {
                    Error(eAt + ".DecayPercent", t["Metode «{0}», effekt på «{1}», aftagning pr. år: skal være mellem 0 og 100 %.", name, label]);
                }
                if (string.IsNullOrWhiteSpace(e.Source))
                {
                    Error(eAt + ".Source", t["Metode «{0}», effekt på «{1}», kilde: skriv hvor effekten kommer fra.", name, label]);
                }
                effects.Add(e.ToEffect());
            }
            methods.Add(new CatalogueMethod(id, m.Name?.Trim() ?? "", m.Description?.Trim() ?? "", effects));
        }
        return errors.Count > 0 ? null : new KnowledgeCatalogue(CatalogueVersion.Trim(), Note?.Trim() ?? "", current.PriceIndex, outcomes, methods);
    }

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
        IsRelative ? Fraction(Change) : null,
        IsRelative ? null : Change,
        IsRelative ? Fraction(Se) : Se,
        FromYear ?? 0,
        ToYear ?? 0,
        Fraction(DecayPercent) ?? 0,
        Source?.Trim() ?? "",
        IsDefault);

    private static double? Percent(double? fraction) => fraction is { } f ? Round(f * 100) : null;

    private static double? Fraction(double? percent) => percent is { } p ? Round(p / 100) : null;

    private static double Round(double value) =>
        double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
