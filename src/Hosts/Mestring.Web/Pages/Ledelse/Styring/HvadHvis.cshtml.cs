using Mestring.Application.Investments;
using Mestring.Application.Steering;
using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Ledelse.Styring;

/// <summary>"What if": move an amount from one legal basis (late help) to a method (early help), valued by the investment engine.</summary>
[Authorize(Roles = "Manager,Admin,Supervision")]
public sealed class WhatIfPageModel(SteeringWhatIf whatIf, CaseBuilder builder) : PageModel
{
    public IReadOnlyList<string> Bases { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Methods { get; private set; } = [];
    public WhatIfResult? Result { get; private set; }
    public Error? Problem { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Amount { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Method { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cost { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bases = await whatIf.BasesAsync(ct);
        if (!bases.IsSuccess)
        {
            return Forbid();
        }
        Bases = bases.Value;
        var context = await builder.LoadAsync(ct);
        Methods = [.. context.Catalogue.Methods.Select(m => (m.Id, m.Name))];
        if (string.IsNullOrWhiteSpace(Amount))
        {
            return Page();
        }
        if (!decimal.TryParse(Amount, NumberStyles.Number, CultureInfo.CurrentCulture, out var amount))
        {
            Problem = Error.Invalid("amount", "not a number");
            return Page();
        }
        decimal? cost = null;
        if (!string.IsNullOrWhiteSpace(Cost))
        {
            if (!decimal.TryParse(Cost, NumberStyles.Number, CultureInfo.CurrentCulture, out var c))
            {
                Problem = Error.Invalid("costPerParticipant", "not a number");
                return Page();
            }
            cost = c;
        }
        var result = await whatIf.ComputeAsync(new WhatIfRequest(amount, From ?? "", Method ?? "", cost), ct);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            Problem = result.Error;
        }
        return Page();
    }

    /// <summary>The Danish (or English) message for a refused request: the field and why.</summary>
    public string ProblemText(IStringLocalizer t)
    {
        if (Problem is null)
        {
            return "";
        }
        var text = t["Steering.WhatIf.Error." + (Problem.Fields?.Keys.FirstOrDefault() ?? "other")];
        return text.ResourceNotFound ? t["Steering.WhatIf.Error.other"] : text;
    }
}
