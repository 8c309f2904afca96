using Mestring.Application.Plans;
using Mestring.Domain.Assessments;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Organisation;
using Mestring.Terminology;

namespace Mestring.Application.FollowUps;

/// <summary>Opfølgning: scheduled from the plan, completed with re-assessment, ratings and a decision; overdue ones surface.</summary>
public sealed class FollowUpService(MestringDbContext db, CitizenAccess access, ICurrentUser user, PlanCommands plans, TimeProvider clock)
{
    private DateOnly Today => clock.TodayInDenmark();

    public async Task<Result<IReadOnlyList<FollowUpDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var opened = await access.OpenAsync(citizenId, "follow-up", ct, v => v.SeesAssessments);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var list = await db.FollowUps.Where(f => f.CitizenId == citizenId).OrderBy(f => f.DueDate).ToListAsync(ct);
        return list.Select(f => ToDto(f, null)).ToList();
    }

    /// <summary>Overdue follow-ups in the caseworker's caseload.</summary>
    public async Task<IReadOnlyList<FollowUpDto>> OverdueAsync(CancellationToken ct)
    {
        var today = Today;
        var rows = await access.Visible()
            .Join(db.FollowUps.Where(f => f.CompletedAt == null && f.DueDate < today), c => c.Id, f => f.CitizenId, (c, f) => new { f, c.Name, c.PersonId })
            .ToListAsync(ct);
        await access.RecordListAsync(rows.Select(r => r.f.CitizenId).Distinct(), "overdue-follow-ups", ct);
        return [.. rows.OrderBy(r => r.f.DueDate).Select(r => ToDto(r.f, r.Name ?? r.PersonId))];
    }

    /// <summary>
    /// Schedules a follow-up, for the plan or for one of the citizen's own interventions (an id of another citizen's is
    /// refused as invalid, the same answer whether or not it exists). The plan's next follow-up stays the earliest pending.
    /// </summary>
    public async Task<Result<Guid>> ScheduleAsync(Guid citizenId, ScheduleRequest request, CancellationToken ct)
    {
        var ownIntervention = request.InterventionId is not { } interventionId
            || await db.Interventions.AnyAsync(i => i.Id == interventionId && i.CitizenId == citizenId, ct);
        return await plans.ChangeAsync(citizenId, $"Opfølgning planlagt {request.DueDate:yyyy-MM-dd}", plan =>
        {
            if (!ownIntervention)
            {
                throw ValidationException.For("interventionId", "is not an intervention of this citizen");
            }
            var followUp = new FollowUp(plan.MunicipalityId, citizenId, plan.Id, request.InterventionId, request.DueDate);
            db.FollowUps.Add(followUp);
            plan.ScheduleFollowUp(request.DueDate);
            return followUp.Id;
        }, ct);
    }

    /// <summary>Completes a follow-up in one transaction: re-assessment, the citizen's ratings, notes and the decision.</summary>
    public async Task<Result> CompleteAsync(Guid followUpId, CompleteRequest request, CancellationToken ct)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == followUpId, ct);
        if (followUp is null)
        {
            return Error.NotFound("follow-up");
        }
        var opened = await access.OpenForWriteAsync(followUp.CitizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        Guid? assessmentId = null;
        if (request.Reassessment is { Count: > 0 } items)
        {
            var assessment = new Assessment(followUp.MunicipalityId, followUp.CitizenId, Today, user.DisplayName);
            foreach (var item in items)
            {
                assessment.Rate(item.ConditionCode, item.FunctionLevel, item.SupportNeed, FfbBranches.Default.IsCondition);
            }
            db.Assessments.Add(assessment);
            assessmentId = assessment.Id;
        }
        var goalIds = await db.Goals.Where(g => g.CitizenId == followUp.CitizenId).Select(g => g.Id).ToListAsync(ct);
        foreach (var rating in request.Ratings ?? [])
        {
            if (!goalIds.Contains(rating.GoalId))
            {
                throw ValidationException.For("ratings", $"goal {rating.GoalId} is not the citizen's");
            }
            db.ProgressRatings.Add(new ProgressRating(followUp.MunicipalityId, followUp.CitizenId, rating.GoalId, rating.Rating, rating.Comment, clock.GetUtcNow(), followUp.Id));
        }
        followUp.Complete(request.Decision, request.Note, request.ProviderNote, assessmentId, user.DisplayName, clock.GetUtcNow());
        if (await db.Plans.FirstOrDefaultAsync(p => p.Id == followUp.PlanId, ct) is { } plan)
        {
            var pending = await db.FollowUps.Where(f => f.CitizenId == followUp.CitizenId && f.CompletedAt == null && f.Id != followUp.Id)
                .Select(f => f.DueDate).ToListAsync(ct);
            plan.NextFollowUpIs(pending.Count == 0 ? null : pending.Min());
        }
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The citizen rates their own progress on a goal, 1–10.</summary>
    public async Task<Result<Guid>> RateAsync(Guid goalId, RateRequest request, CancellationToken ct)
    {
        var goal = await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId, ct);
        if (goal is null || user.CitizenId != goal.CitizenId)
        {
            return Error.NotFound("goal");
        }
        var opened = await access.OpenForWriteAsync(goal.CitizenId, Roles.Citizen, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var rating = new ProgressRating(goal.MunicipalityId, goal.CitizenId, goal.Id, request.Rating, request.Comment, clock.GetUtcNow());
        db.ProgressRatings.Add(rating);
        await db.SaveChangesAsync(ct);
        return rating.Id;
    }

    private FollowUpDto ToDto(FollowUp f, string? name) => new(f.Id, f.CitizenId, name, f.InterventionId, f.DueDate, f.IsOverdue(Today),
        f.CompletedAt, f.Decision?.ToString(), f.Note, f.ProviderNote);
}
