namespace Mestring.Web.Pages;

/// <summary>The Danish page a browser gets for a status code without a page of its own (a mistyped address: 404).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusPageModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
    }
}
