namespace Mestring.Web.Pages;

public sealed class LoginModel(PasswordLogin login, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        FormFields();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (outcome, _) = await login.SignInAsync(Input.UserName!, Input.Password!, HttpContext);
        if (outcome == LoginOutcome.SignedIn)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        ModelState.AddModelError("Input.Password", outcome == LoginOutcome.Throttled
            ? t["For mange forsøg på at logge ind herfra. Vent lidt, og prøv igen."]
            : t["Brugernavn eller adgangskode er forkert."]);
        Input.Password = null;
        return Page();
    }

    private void FormFields()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", t["Skriv dit brugernavn."]);
        }
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", t["Skriv din adgangskode."]);
        }
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public sealed class LoginInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
