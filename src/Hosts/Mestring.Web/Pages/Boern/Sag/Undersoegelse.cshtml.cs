using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>Open a §19 afdækning or a §20 børnefaglig undersøgelse: from a notification (the 4 months run from its receipt), an application or another way of becoming aware.</summary>
public sealed class StartInvestigationPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, NotificationService notifications,
    InvestigationService investigations) : ChildCasePageModel(citizens, t)
{
    [BindProperty]
    public StartInput Input { get; set; } = new();

    [FromQuery(Name = "notification")]
    public Guid? FromNotification { get; set; }

    public IReadOnlyList<NotificationDto> Notifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Kind ??= "undersoegelse";
        Input.NotificationId ??= FromNotification ?? Notifications.FirstOrDefault()?.Id;
        Input.Source ??= Input.NotificationId is null ? "application" : "notification";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        Guid id = default;
        return await StepAsync(async () =>
        {
            var fromNotification = Input.Source == "notification";
            var answer = await investigations.StartAsync(CitizenId, new InvestigationRequest(Input.Kind, Input.Source,
                fromNotification ? Input.NotificationId : null, fromNotification ? null : Local(Input.AwareAt), Blank(Input.Reason)), ct);
            id = answer.IsSuccess ? answer.Value : default;
            return answer.Error;
        }, "Sagen er åbnet.", InputField, () => LoadAsync(ct), () => $"{CaseUrl}/undersoegelse/{id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Notifications = (await notifications.ListAsync(CitizenId, ct)).OrNull() ?? [];
        return true;
    }

    public sealed class StartInput
    {
        public string? Kind { get; set; }
        public string? Source { get; set; }
        public Guid? NotificationId { get; set; }
        public DateTime? AwareAt { get; set; }
        public string? Reason { get; set; }
    }
}
