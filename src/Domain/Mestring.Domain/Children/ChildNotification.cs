using Mestring.Domain.Common;

namespace Mestring.Domain.Children;

/// <summary>Who notified: a professional with a duty to notify (§133) or a private person (§134).</summary>
public enum NotifierKind
{
    Professional,
    Private,
}

/// <summary>
/// An underretning about a child (Barnets Lov §§132–137). It is assessed within 24 hours of receipt — is the child in
/// acute danger? — with the assessment and its time recorded; a professional notifier gets an acknowledgement. A private
/// notifier may be anonymous: then no name or contact is stored at all, so it can never be revealed.
/// </summary>
public sealed class ChildNotification : TenantEntity, ICitizenData
{
    public const int TextMaxLength = 4000;

    private ChildNotification() { }

    public ChildNotification(Guid municipalityId, Guid citizenId, DateTimeOffset receivedAt, NotifierKind kind, bool anonymous,
        string? notifierName, string? notifierContact, string? notifierRole, string concern, string receivedBy)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ValidationException.For("notifierKind", "must be professional or private");
        }
        if (anonymous && kind == NotifierKind.Professional)
        {
            throw ValidationException.For("anonymous", "a professional has a duty to notify and cannot be anonymous (§133)");
        }
        if (!anonymous && string.IsNullOrWhiteSpace(notifierName))
        {
            throw ValidationException.For("notifierName", "is required unless the notification is anonymous");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        ReceivedAt = receivedAt;
        NotifierKind = kind;
        Anonymous = anonymous;
        NotifierName = anonymous ? null : Guard.NotBlank(notifierName, "notifierName", 200);
        NotifierContact = anonymous || string.IsNullOrWhiteSpace(notifierContact) ? null : Guard.NotBlank(notifierContact, "notifierContact", 200);
        NotifierRole = string.IsNullOrWhiteSpace(notifierRole) ? null : Guard.NotBlank(notifierRole, "notifierRole", 100);
        Concern = Guard.NotBlank(concern, "concern", TextMaxLength);
        ReceivedBy = Guard.NotBlank(receivedBy, "receivedBy", 256);
    }

    public Guid CitizenId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public NotifierKind NotifierKind { get; private set; }
    public bool Anonymous { get; private set; }
    public string? NotifierName { get; private set; }
    public string? NotifierContact { get; private set; }
    /// <summary>The professional's role (school, daycare, health visitor, police …); never identifies a private person.</summary>
    public string? NotifierRole { get; private set; }
    public string Concern { get; private set; } = "";
    public string ReceivedBy { get; private set; } = "";
    public DateTimeOffset? AssessedAt { get; private set; }
    public bool? AcuteDanger { get; private set; }
    public string? Assessment { get; private set; }
    public string? AssessedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>The 24-hour assessment (§136): acute danger or not, with the reasoning. Once only.</summary>
    public void Assess(bool acuteDanger, string assessment, string by, DateTimeOffset at)
    {
        if (AssessedAt is not null)
        {
            throw new DomainException("notification.already-assessed", "The notification has already been assessed.", "assessedAt");
        }
        if (at < ReceivedAt)
        {
            throw ValidationException.For("assessedAt", "is before the notification was received");
        }
        AcuteDanger = acuteDanger;
        Assessment = Guard.NotBlank(assessment, "assessment", TextMaxLength);
        AssessedBy = Guard.NotBlank(by, "assessedBy", 256);
        AssessedAt = at;
    }

    /// <summary>The acknowledgement of receipt to the notifier; there is no one to acknowledge an anonymous notifier.</summary>
    public void Acknowledge(DateTimeOffset at)
    {
        if (Anonymous)
        {
            throw new DomainException("notification.anonymous", "An anonymous notifier cannot be acknowledged.", "acknowledgedAt");
        }
        if (at < ReceivedAt)
        {
            throw ValidationException.For("acknowledgedAt", "is before the notification was received");
        }
        AcknowledgedAt ??= at;
    }
}
