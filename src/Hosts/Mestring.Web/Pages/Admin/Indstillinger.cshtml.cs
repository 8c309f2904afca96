using Mestring.Application.Administration;

namespace Mestring.Web.Pages.Admin;

/// <summary>/admin/indstillinger: the early-detection switch and its indicators, each with its legal basis (as the CLI sets them).</summary>
public sealed class SettingsPageModel(MunicipalitySettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    public SettingsDto? Settings { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Settings = (await settings.GetAsync(ct)).OrNull();

    public async Task<IActionResult> OnPostEarlyDetectionAsync(bool enabled, string? legalBasis, CancellationToken ct) =>
        await DoneAsync((await settings.SetEarlyDetectionAsync(new EarlyDetectionRequest(enabled, legalBasis), ct)).Error, ct);

    public async Task<IActionResult> OnPostIndicatorAsync(string key, bool enabled, string? legalBasis, CancellationToken ct) =>
        await DoneAsync((await settings.SetIndicatorAsync(key, new IndicatorRequest(enabled, legalBasis), ct)).Error, ct);

    private async Task<IActionResult> DoneAsync(Error? error, CancellationToken ct)
    {
        if (error is not null)
        {
            AdminErrors.Add(ModelState, t, error);
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Flash"] = t["Indstillingen er gemt og logget."].Value;
        return RedirectToPage();
    }
}
