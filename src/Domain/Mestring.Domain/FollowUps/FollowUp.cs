using Mestring.Domain.Common;
using Mestring.Terminology;

namespace Mestring.Domain.FollowUps;

/// <summary>
/// An opfølgning: due from the plan; done with a re-assessment, the citizen's ratings, the provider's note
/// and a decision (fortsæt / afslut / afslut og visitér til ny).
/// </summary>
public sealed class FollowUp : CitizenEntity
{
    private FollowUp() { }

    public FollowUp(Guid municipalityId, Guid citizenId, Guid planId, Guid? interventionId, DateOnly dueDate)
        : base(municipalityId, citizenId)
    {
        PlanId = planId;
        InterventionId = interventionId;
        DueDate = dueDate;
    }

    public Guid PlanId { get; private set; }
    public Guid? InterventionId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    public Guid? AssessmentId { get; private set; }
    public string? ProviderNote { get; private set; }
    public string? Note { get; private set; }
    public FollowUpDecisionKind? Decision { get; private set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueDate < today;

    public void Complete(FollowUpDecisionKind decision, string? note, string? providerNote, Guid? assessmentId, string by, DateTimeOffset at)
    {
        Guard.Defined(decision, "decision");
        if (CompletedAt is not null)
        {
            throw new DomainException("followup.already-completed", "The follow-up is already completed.");
        }
        Decision = decision;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ProviderNote = string.IsNullOrWhiteSpace(providerNote) ? null : providerNote.Trim();
        AssessmentId = assessmentId;
        CompletedBy = by;
        CompletedAt = at;
    }
}
