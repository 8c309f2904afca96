using Mestring.Domain.Common;

namespace Mestring.Domain.Children;

/// <summary>§19 afdækning (a first, lighter look) or §20 børnefaglig undersøgelse (with the 4-month deadline).</summary>
public enum InvestigationKind
{
    Afdaekning,
    Undersoegelse,
}

/// <summary>How the municipality became aware of the child's situation: that moment starts the 4 months.</summary>
public enum InvestigationSource
{
    Notification,
    Application,
    Other,

    /// <summary>The early-detection worklist: a caseworker opened a §19 afdækning from the screening, with a reason.</summary>
    Screening,
}

/// <summary>What the investigation found on one ICS sub-theme: resources as well as concerns.</summary>
public sealed record IcsFinding(string Area, string Theme, string? Resources, string? Concerns);

/// <summary>A sibling considered together with the child (§21).</summary>
public sealed record SiblingLink(Guid CitizenId);

/// <summary>
/// A §19 afdækning or §20 børnefaglig undersøgelse, structured by the ICS triangle, with the child's own view in the
/// child's words (børnesamtale), siblings (§21), a foreløbig vurdering when 4 months pass, and the conclusion.
/// </summary>
public sealed class ChildInvestigation : TenantEntity, ICitizenData
{
    public const int TextMaxLength = 8000;

    private ChildInvestigation() { }

    public ChildInvestigation(Guid municipalityId, Guid citizenId, InvestigationKind kind, InvestigationSource source, Guid? notificationId,
        DateTimeOffset awareAt, DateTimeOffset startedAt, string startedBy, string? reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ValidationException.For("kind", "must be afdaekning or undersoegelse");
        }
        if (!Enum.IsDefined(source))
        {
            throw ValidationException.For("source", "must be notification, application, other or screening");
        }
        if ((source == InvestigationSource.Notification) != notificationId.HasValue)
        {
            throw ValidationException.For("notificationId", "is given exactly when the source is a notification");
        }
        if (startedAt < awareAt)
        {
            throw ValidationException.For("startedAt", "is before the municipality became aware");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Kind = kind;
        Source = source;
        NotificationId = notificationId;
        AwareAt = awareAt;
        StartedAt = startedAt;
        StartedBy = Guard.NotBlank(startedBy, "startedBy", 256);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : Guard.NotBlank(reason, "reason", TextMaxLength);
    }

    public Guid CitizenId { get; private set; }
    public InvestigationKind Kind { get; private set; }
    public InvestigationSource Source { get; private set; }
    public Guid? NotificationId { get; private set; }
    /// <summary>When the municipality became aware of the child's situation (the notification's or application's receipt).</summary>
    public DateTimeOffset AwareAt { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public string StartedBy { get; private set; } = "";
    public string? Reason { get; private set; }
    public List<IcsFinding> Findings { get; private set; } = [];
    /// <summary>The child's own view, in the child's words (børnesamtale).</summary>
    public string? ChildView { get; private set; }
    public DateTimeOffset? ChildViewAt { get; private set; }
    public List<SiblingLink> Siblings { get; private set; } = [];
    public string? PreliminaryAssessment { get; private set; }
    public DateTimeOffset? PreliminaryAt { get; private set; }
    public string? Conclusion { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>Records (or replaces) the finding on one ICS sub-theme; at least resources or concerns.</summary>
    public void RecordFinding(string theme, string? resources, string? concerns)
    {
        RequireOpen();
        var area = IcsTriangle.AreaOf(theme) ?? throw ValidationException.For("theme", $"'{theme}' is not an ICS sub-theme");
        if (string.IsNullOrWhiteSpace(resources) && string.IsNullOrWhiteSpace(concerns))
        {
            throw ValidationException.For("resources", "resources or concerns are required");
        }
        Findings = [.. Findings.Where(f => f.Theme != theme), new IcsFinding(area.Code, theme, Trim(resources, "resources"), Trim(concerns, "concerns"))];
    }

    /// <summary>The child's own view, in the child's words.</summary>
    public void RecordChildView(string words, DateTimeOffset at)
    {
        RequireOpen();
        ChildView = Guard.NotBlank(words, "childView", TextMaxLength);
        ChildViewAt = at;
    }

    public void SetSiblings(IEnumerable<Guid> siblingIds)
    {
        var ids = siblingIds.Distinct().ToList();
        if (ids.Contains(CitizenId))
        {
            throw ValidationException.For("siblingIds", "the child is not their own sibling");
        }
        Siblings = [.. ids.Select(id => new SiblingLink(id))];
    }

    /// <summary>The foreløbig vurdering when the investigation cannot be finished within 4 months.</summary>
    public void RecordPreliminary(string text, DateTimeOffset at)
    {
        RequireOpen();
        PreliminaryAssessment = Guard.NotBlank(text, "preliminaryAssessment", TextMaxLength);
        PreliminaryAt = at;
    }

    public void Complete(string conclusion, DateTimeOffset at)
    {
        RequireOpen();
        if (at < StartedAt)
        {
            throw ValidationException.For("completedAt", "is before the investigation started");
        }
        if (Kind == InvestigationKind.Undersoegelse && IcsTriangle.Areas.Any(a => Findings.All(f => f.Area != a.Code)))
        {
            throw new DomainException("investigation.triangle-incomplete", "A §20 investigation covers all three sides of the ICS triangle.", "findings");
        }
        Conclusion = Guard.NotBlank(conclusion, "conclusion", TextMaxLength);
        CompletedAt = at;
    }

    private void RequireOpen()
    {
        if (IsCompleted)
        {
            throw new DomainException("investigation.completed", "The investigation is finished.", "completedAt");
        }
    }

    private static string? Trim(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Guard.NotBlank(text, field, TextMaxLength);
}
