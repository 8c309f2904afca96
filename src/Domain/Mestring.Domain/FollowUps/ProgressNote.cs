using Mestring.Domain.Common;

namespace Mestring.Domain.FollowUps;

/// <summary>The provider's record of delivered support and progress on a goal it serves.</summary>
public sealed class ProgressNote : CitizenEntity
{
    private ProgressNote() { }

    public ProgressNote(Guid municipalityId, Guid citizenId, Guid interventionId, Guid? goalId, string text, decimal? deliveredUnits, string by, DateTimeOffset at)
        : base(municipalityId, citizenId)
    {
        if (deliveredUnits < 0)
        {
            throw ValidationException.For("deliveredUnits", "must not be negative");
        }
        InterventionId = interventionId;
        GoalId = goalId;
        Text = Guard.NotBlank(text, "text", 4000);
        DeliveredUnits = deliveredUnits;
        By = by;
        At = at;
    }

    public Guid InterventionId { get; private set; }
    public Guid? GoalId { get; private set; }
    public string Text { get; private set; } = "";
    public decimal? DeliveredUnits { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    /// <summary>The provider shares the note with the citizen, who then sees it on their own page (and sees no other note).</summary>
    public bool SharedWithCitizen { get; private set; }

    public void ShareWithCitizen(bool shared) => SharedWithCitizen = shared;
}
