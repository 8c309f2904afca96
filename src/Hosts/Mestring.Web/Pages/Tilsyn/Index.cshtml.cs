using Mestring.Application.Oversight.Registry;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>The provider registry: every tilbud of the municipality, searchable by name, id, CVR or type.</summary>
public sealed class RegistryPageModel(ProviderRegistry registry) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<ProviderSummary> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await registry.ListAsync(Search, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden ? Forbid() : BadRequest();
        }
        Providers = result.Value;
        return Page();
    }
}
