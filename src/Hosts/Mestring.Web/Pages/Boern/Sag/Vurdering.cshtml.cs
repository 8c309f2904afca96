using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>A notification and its assessment within 24 hours (acute danger, and why), and the acknowledgement to the notifier.</summary>
public sealed class AssessmentPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, NotificationService notifications, TimeProvider clock)
    : ChildCasePageModel(citizens, t)
{
    [FromRoute]
    public Guid NotificationId { get; set; }

    [BindProperty]
    public AssessInput Input { get; set; } = new();

    public NotificationDto? Notification { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) || Missing ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Missing ? Page() : NotFound();
        }
        if (Input.AcuteDanger is null)
        {
            ModelState.AddModelError("Input.AcuteDanger", T["Vælg, om barnet er i akut fare."]);
            return Page();
        }
        return await StepAsync(async () => (await notifications.AssessAsync(NotificationId,
                new AssessNotificationRequest(Input.AcuteDanger.Value, Blank(Input.Assessment)), ct)).Error,
            "Vurderingen er registreret.", InputField, () => LoadAsync(ct), () => $"{CaseUrl}/underretning/{NotificationId}");
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Missing ? Page() : NotFound();
        }
        return await StepAsync(async () => (await notifications.AcknowledgeAsync(NotificationId, new AcknowledgeRequest(), ct)).Error,
            "Kvitteringen til underretteren er registreret.", InputField, () => LoadAsync(ct), () => $"{CaseUrl}/underretning/{NotificationId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Notification = (await notifications.GetAsync(NotificationId, ct)).OrNull();
        return Notification is not null && Notification.CitizenId == CitizenId;
    }

    public sealed class AssessInput
    {
        public bool? AcuteDanger { get; set; }
        public string? Assessment { get; set; }
    }
}
