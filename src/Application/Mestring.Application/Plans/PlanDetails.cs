using Mestring.Domain.Consents;
using Mestring.Terminology;

namespace Mestring.Application.Plans;

/// <summary>
/// What a plan's goals and network need besides the plan itself, read in one round trip: the citizen's ratings of the
/// goals, the assessed levels of the goals' primary conditions (newest assessment first), the consents and the network contributions.
/// </summary>
internal sealed record PlanDetails(
    IReadOnlyList<PlanDetails.RatingRow> Ratings,
    IReadOnlyList<PlanDetails.LevelRow> Levels,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<NetworkContribution> Network)
{
    internal sealed record RatingRow(Guid GoalId, int Rating, string? Comment, DateTimeOffset At);

    internal sealed record LevelRow(DateOnly Date, string ConditionCode, int? FunctionLevel);

    public static async Task<PlanDetails> LoadAsync(MestringDbContext db, Guid citizenId, Guid? planId, IReadOnlyList<Goal> goals, CancellationToken ct)
    {
        var goalIds = goals.Select(g => g.Id).ToList();
        var conditions = goals.Select(g => g.PrimaryConditionCode).Distinct().ToList();
        // One query, one collection each (small per citizen: a few dozen rows each at most).
        var row = await db.Citizens.Where(c => c.Id == citizenId).Select(c => new
        {
            Ratings = db.ProgressRatings.Where(r => r.CitizenId == c.Id && goalIds.Contains(r.GoalId)).OrderBy(r => r.At)
                .Select(r => new RatingRow(r.GoalId, r.Rating, r.Comment, r.At)).ToList(),
            Assessments = db.Assessments.Where(a => a.CitizenId == c.Id).OrderByDescending(a => a.Date).ToList(),
            Consents = db.Consents.Where(x => x.CitizenId == c.Id).ToList(),
            Network = db.NetworkContributions.Where(n => n.CitizenId == c.Id && n.PlanId == planId && n.EndedOn == null).OrderBy(n => n.Contributor).ToList(),
        }).AsSingleQuery().FirstAsync(ct);
        var levels = row.Assessments.SelectMany(a => a.Items.Where(i => conditions.Contains(i.ConditionCode))
            .Select(i => new LevelRow(a.Date, i.ConditionCode, i.FunctionLevel)));
        return new PlanDetails(row.Ratings, [.. levels], row.Consents, row.Network);
    }

    /// <summary>The goals as shown: by due date, with the latest assessed level of the primary condition and the ratings.</summary>
    public IReadOnlyList<GoalDto> Goals(IEnumerable<Goal> goals)
    {
        var ffb = FfbCodeSystem.Default;
        return [.. goals.OrderBy(g => g.DueDate).Select(g => new GoalDto(
            g.Id, g.CitizenWords, g.ProfessionalText, g.Kind, FfbBranches.Default.GoalTypeCode(g.Kind), g.PrimaryConditionCode,
            ffb.Find(g.PrimaryConditionCode)?.Display ?? g.PrimaryConditionCode, g.SecondaryConditionCodes, g.BaselineLevel, g.TargetLevel,
            Levels.Where(l => l.ConditionCode == g.PrimaryConditionCode).Select(l => l.FunctionLevel).FirstOrDefault(l => l is not null),
            g.DueDate, g.Status,
            [.. Ratings.Where(r => r.GoalId == g.Id).Select(r => new RatingDto(r.Rating, r.Comment, r.At))]))];
    }
}
