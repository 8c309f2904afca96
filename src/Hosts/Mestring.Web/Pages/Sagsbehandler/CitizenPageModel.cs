namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>
/// A caseworker page about one citizen. The citizen is opened through <see cref="CitizenQueries"/> (access
/// checked and audited); when access is refused the page answers 404 and offers break-the-glass.
/// </summary>
public abstract class CitizenPageModel(CitizenQueries citizens) : PageModel
{
    [FromRoute(Name = "id")]
    public Guid CitizenId { get; set; }

    public CitizenDto? Citizen { get; private set; }

    /// <summary>True when the citizen does not exist or is not the caller's to see (the page shows 404).</summary>
    public bool Missing { get; private set; }

    protected async Task<bool> LoadCitizenAsync(CancellationToken ct)
    {
        Citizen = (await citizens.GetAsync(CitizenId, ct)).OrNull();
        if (Citizen is null)
        {
            Missing = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }
        return true;
    }

    protected string OverviewUrl => $"/sagsbehandler/borger/{CitizenId}";
}
