using Mestring.Application.Investments;
using Mestring.Economics.Catalogue;
using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// The municipality's knowledge catalogue as a structured editor (managers and administrators): outcomes with
/// unit costs per holder and methods with their effects, each marked as the shipped default, changed or new.
/// Saves go through <see cref="InvestmentCatalogues"/> (the same rules as PUT …/catalogue, <see cref="CatalogueValidator"/>): validated,
/// stored with an audit entry in one transaction, refused if someone else saved in between.
/// </summary>
[Authorize(Policy = Policies.InvestmentCatalogue)]
public sealed class CataloguePageModel(InvestmentCatalogues catalogues, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public CatalogueForm Form { get; set; } = new();

    public KnowledgeCatalogue Catalogue { get; private set; } = KnowledgeCatalogue.Default;
    public string CatalogueJson { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<string> Removed { get; private set; } = [];
    public int Differences { get; private set; }
    public string? Done { get; private set; }

    public static CatalogueDiff Diff => CatalogueDiff.AgainstDefault;

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = CatalogueForm.From(Catalogue, UpdatedAt);
        Done = done switch
        {
            "saved" => t["Kataloget er gemt."].Value,
            "reset" => t["Kataloget er nulstillet til det medfølgende standardkatalog."].Value,
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        // Values that could not be read at all (letters in a number field) get a Danish message naming the field.
        foreach (var (key, entry) in ModelState.Where(kv => kv.Value is { Errors.Count: > 0 }).ToList())
        {
            errors[key] = t["{0}: «{1}» kan ikke læses som et tal.", Form.Describe(key, t), entry!.AttemptedValue ?? ""];
            entry.Errors.Clear();
        }
        var (edited, rows) = Form.ToCatalogue(Catalogue);
        var danish = new CatalogueErrorDanish(Form, rows, edited, t);
        var general = new List<KeyValuePair<string, string>>();
        foreach (var error in CatalogueValidator.Validate(edited))
        {
            var (field, message) = danish.Describe(error);
            if (field.Length == 0)
            {
                general.Add(new(field, message));
            }
            else
            {
                errors.TryAdd(field, message);
            }
        }
        if (errors.Count > 0 || general.Count > 0)
        {
            return Invalid(errors.Concat(general));
        }
        var saved = await catalogues.ReplaceAsync(edited, "edited on /investering/katalog", Form.ExpectedUpdatedAt, ct);
        if (saved.Error is { Code: "catalogue.changed" })
        {
            return Invalid([new("", t["Kataloget er blevet ændret af {0}, efter du åbnede det. Genindlæs siden og lav dine ændringer igen.", UpdatedBy])]);
        }
        if (saved.Error is { } other)
        {
            // The editor checks with the same rules as the save; this only shows a failure the save found on its own.
            return Invalid((other.Fields ?? new Dictionary<string, string[]>()).Select(kv => new KeyValuePair<string, string>("", t["Feltet {0}: {1}", kv.Key, string.Join(" ", kv.Value)])));
        }
        return Redirect("/investering/katalog?done=saved");
    }

    public async Task<IActionResult> OnPostResetAsync(bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            await LoadAsync(ct);
            Form = CatalogueForm.From(Catalogue, UpdatedAt);
            ModelState.AddModelError("confirm-reset", t["Sæt flueben for at bekræfte, at kommunens ændringer i kataloget skal erstattes af standardkataloget."]);
            return Page();
        }
        await catalogues.ResetAsync(ct); // the shipped default always passes the rules
        return Redirect("/investering/katalog?done=reset");
    }

    /// <summary>The id the error summary links to and the input carries.</summary>
    public static string Id(string name) => CatalogueForm.FieldId(name);

    /// <summary>What the user typed when it could not be read, else the bound value.</summary>
    public string? Value(string name, string? bound) =>
        ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is { } attempted && ErrorFor(name) is not null ? attempted : bound;

    /// <summary>The error message of a field, if any (shown beside the field).</summary>
    public string? ErrorFor(string name) =>
        ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>"true" for a field with an error, so assistive technology announces it as invalid; null leaves the attribute out.</summary>
    public string? Invalid(string name) => ErrorFor(name) is null ? null : "true";

    /// <summary>The id of the field's error message (for aria-describedby), or null when the field has no error.</summary>
    public string? ErrorId(string name) => ErrorFor(name) is null ? null : Id(name) + "-error";

    public (string Css, string Label) Badge(CatalogueEntryStatus status) => status switch
    {
        CatalogueEntryStatus.Same => ("badge--wait", t["som standard"]),
        CatalogueEntryStatus.Changed => ("badge--info", t["ændret fra standard"]),
        _ => ("badge--ok", t["ny post"]),
    };

    /// <summary>How the stored outcome with this id compares with the shipped one (null for a new row).</summary>
    public CatalogueEntryStatus? OutcomeStatus(string? id) =>
        Catalogue.Outcomes.FirstOrDefault(o => o.Id == id) is { } o ? Diff.Outcome(o) : null;

    public CatalogueEntryStatus? PriceStatus(string? outcomeId, string? holder) =>
        Catalogue.Outcomes.FirstOrDefault(o => o.Id == outcomeId)?.Prices.FirstOrDefault(p => p.Holder == holder) is { } p ? Diff.Price(outcomeId!, p) : null;

    public CatalogueEntryStatus? MethodStatus(string? id) =>
        Catalogue.Methods.FirstOrDefault(m => m.Id == id) is { } m ? Diff.Method(m) : null;

    public CatalogueEntryStatus? EffectStatus(string? methodId, string? outcome) =>
        Catalogue.Methods.FirstOrDefault(m => m.Id == methodId)?.Effects.FirstOrDefault(e => e.Outcome == outcome) is { } e ? Diff.Effect(methodId!, e) : null;

    private IActionResult Invalid(IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        Form.AddBlankRows();
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Catalogue = await catalogues.GetAsync(ct);
        CatalogueJson = await catalogues.JsonAsync(ct);
        var stamp = await catalogues.StampAsync(ct);
        (UpdatedBy, UpdatedAt) = (stamp.UpdatedBy, stamp.UpdatedAt);
        Removed = Diff.Removed(Catalogue);
        Differences = Diff.CountDifferences(Catalogue);
    }
}
