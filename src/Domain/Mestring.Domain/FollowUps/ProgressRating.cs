using Mestring.Domain.Common;

namespace Mestring.Domain.FollowUps;

/// <summary>The citizen's own rating of progress on a goal, 1 (not at all) to 10 (fully there).</summary>
public sealed class ProgressRating : CitizenEntity
{
    private ProgressRating() { }

    public ProgressRating(Guid municipalityId, Guid citizenId, Guid goalId, int rating, string? comment, DateTimeOffset at, Guid? followUpId = null)
        : base(municipalityId, citizenId)
    {
        if (rating is < 1 or > 10)
        {
            throw ValidationException.For("rating", "must be from 1 to 10");
        }
        GoalId = goalId;
        Rating = rating;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 2000)];
        At = at;
        FollowUpId = followUpId;
    }

    public Guid GoalId { get; private set; }
    public int Rating { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? FollowUpId { get; private set; }
}
