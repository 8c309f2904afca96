using Mestring.Domain.Assessments;
using Mestring.Domain.Organisation;
using Mestring.Terminology;

namespace Mestring.Application.Assessments;

/// <summary>Udredning: repeatable ratings of FFB conditions, the before/after measure of progression.</summary>
public sealed class AssessmentService(MestringDbContext db, CitizenAccess access, ICurrentUser user, TimeProvider clock)
{
    /// <summary>VUM 2.0's scoring rule, shown where levels are entered.</summary>
    public const string ScoringRule =
        "Funktioner og forhold vurderes uden medicin og hjælpemidler. Aktivitet og deltagelse vurderes med medicin og hjælpemidler, men uden støtte fra tilbud eller netværk.";

    public async Task<Result<IReadOnlyList<AssessmentDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var opened = await access.OpenAsync(citizenId, "assessment", ct, v => v.SeesAssessments);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var list = await db.Assessments.Where(a => a.CitizenId == citizenId).OrderByDescending(a => a.Date).ToListAsync(ct);
        return list.Select(ToDto).ToList();
    }

    public async Task<Result<Guid>> RecordAsync(Guid citizenId, AssessmentRequest request, CancellationToken ct)
    {
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Caseworker, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var assessment = Assessment.Record(opened.Value.MunicipalityId, citizenId, request.Date, clock.TodayInDenmark(), user.DisplayName,
            [.. request.Items?.Select(i => new AssessmentItem(i.ConditionCode, i.FunctionLevel, i.SupportNeed)) ?? []], FfbBranches.Default.IsCondition);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment.Id;
    }

    public static AssessmentDto ToDto(Assessment a) => new(a.Id, a.Date, a.AssessedBy,
        [.. a.Items.Select(i => new AssessmentItemDto(i.ConditionCode, FfbCodeSystem.Default.Find(i.ConditionCode)?.Display ?? i.ConditionCode, i.FunctionLevel, i.SupportNeed))]);
}
