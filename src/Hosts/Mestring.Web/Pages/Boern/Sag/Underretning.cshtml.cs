using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>Receive a notification (underretning, §§132–137) about a child: from whom (anonymous allowed for private persons) and the concern.</summary>
public sealed class NotificationPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, NotificationService notifications)
    : ChildCasePageModel(citizens, t)
{
    [BindProperty]
    public NotificationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadCitizenAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        Guid id = default;
        return await StepAsync(async () =>
        {
            var anonymous = Input.NotifierKind == "private" && Input.Anonymous;
            var answer = await notifications.ReceiveAsync(CitizenId, new NotificationRequest(Input.NotifierKind, anonymous,
                anonymous ? null : Blank(Input.NotifierName), anonymous ? null : Blank(Input.NotifierContact), Blank(Input.NotifierRole),
                Blank(Input.Concern), Local(Input.ReceivedAt)), ct);
            id = answer.IsSuccess ? answer.Value : default;
            return answer.Error;
        }, "Underretningen er modtaget. Den skal vurderes inden 24 timer.", InputField,
            () => Task.CompletedTask, () => $"{CaseUrl}/underretning/{id}");
    }

    public sealed class NotificationInput
    {
        public string? NotifierKind { get; set; }
        public bool Anonymous { get; set; }
        public string? NotifierName { get; set; }
        public string? NotifierContact { get; set; }
        public string? NotifierRole { get; set; }
        public string? Concern { get; set; }
        public DateTime? ReceivedAt { get; set; }
    }
}
