using Mestring.Application.Oversight;
using Mestring.Application.Oversight.Registry;
using Mestring.Oversight;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>The oversight signals: leads for a person, never verdicts; each opens to its evidence.</summary>
public sealed class SignalsPageModel(OversightQueries oversight, ProviderRegistry registry) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "tilbud")]
    public string? ProviderId { get; set; }

    [BindProperty(SupportsGet = true, Name = "alle")]
    public bool IncludeDismissed { get; set; }

    public IReadOnlyList<ReviewedSignal> Signals { get; private set; } = [];

    public IReadOnlyDictionary<string, ProviderSummary> Providers { get; private set; } = new Dictionary<string, ProviderSummary>();

    public static IReadOnlyList<string> Kinds => SignalKinds.All;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var kind = string.IsNullOrEmpty(Kind) ? null : Kind;
        var provider = string.IsNullOrEmpty(ProviderId) ? null : ProviderId;
        var result = await oversight.GetAsync(IncludeDismissed, provider, kind, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden ? Forbid() : BadRequest();
        }
        Signals = [.. result.Value.OrderByDescending(s => s.Signal.Severity).ThenBy(s => s.Signal.ProviderId, StringComparer.Ordinal).ThenBy(s => s.Signal.Kind, StringComparer.Ordinal)];
        Providers = await ProvidersAsync(registry, ct);
        return Page();
    }

    internal static async Task<IReadOnlyDictionary<string, ProviderSummary>> ProvidersAsync(ProviderRegistry registry, CancellationToken ct)
    {
        var list = await registry.ListAsync(null, ct);
        return list.IsSuccess ? list.Value.ToDictionary(p => p.ProviderId, StringComparer.Ordinal) : new Dictionary<string, ProviderSummary>();
    }

    public string NameOf(string providerId) => Providers.TryGetValue(providerId, out var p) ? p.Name : providerId;
}
