using Mestring.Web.Hosting;
using Mestring.Data;
using Mestring.Domain.Access;
using Mestring.Domain.Assessments;
using Mestring.Domain.Organisation;
using Mestring.Terminology;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Assessments;

public sealed record AssessmentItemDto(string ConditionCode, string Condition, int? FunctionLevel, int? SupportNeed);

public sealed record AssessmentDto(Guid Id, DateOnly Date, string? AssessedBy, IReadOnlyList<AssessmentItemDto> Items);

public sealed record AssessmentItemRequest(string ConditionCode, int? FunctionLevel, int? SupportNeed);

public sealed record AssessmentRequest(DateOnly Date, IReadOnlyList<AssessmentItemRequest> Items);

/// <summary>Udredning: repeatable ratings of FFB conditions, the before/after measure of progression.</summary>
public sealed class AssessmentService(MestringDbContext db, CitizenAccess access, CurrentUser user, TimeProvider clock)
{
    /// <summary>VUM 2.0's scoring rule, shown where levels are entered.</summary>
    public const string ScoringRule =
        "Funktioner og forhold vurderes uden medicin og hjælpemidler. Aktivitet og deltagelse vurderes med medicin og hjælpemidler, men uden støtte fra tilbud eller netværk.";

    public async Task<IReadOnlyList<AssessmentDto>?> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var (citizen, basis) = await access.OpenWithBasisAsync(citizenId, "assessment", ct);
        if (citizen is null || basis == AccessBasis.SharedTask)
        {
            return null;
        }
        var list = await db.Assessments.Where(a => a.CitizenId == citizenId).OrderByDescending(a => a.Date).ToListAsync(ct);
        return [.. list.Select(ToDto)];
    }

    public async Task<Guid?> RecordAsync(Guid citizenId, AssessmentRequest request, CancellationToken ct)
    {
        if (user.Role != Roles.Caseworker || await access.OpenForWriteAsync(citizenId, ct) is not { } citizen)
        {
            return null;
        }
        if (request.Date > clock.TodayInDenmark())
        {
            throw Domain.Common.ValidationException.For("date", "must not be in the future");
        }
        if (request.Items is not { Count: > 0 })
        {
            throw Domain.Common.ValidationException.For("items", "at least one condition must be rated");
        }
        var assessment = new Assessment(citizen.MunicipalityId, citizenId, request.Date, user.DisplayName);
        var branches = FfbBranches.Default;
        for (var i = 0; i < request.Items.Count; i++)
        {
            var item = request.Items[i];
            try
            {
                assessment.Rate(item.ConditionCode, item.FunctionLevel, item.SupportNeed, branches.IsCondition);
            }
            catch (Domain.Common.ValidationException e)
            {
                throw new Domain.Common.ValidationException(e.Errors.ToDictionary(kv => $"items[{i}].{kv.Key}", kv => kv.Value));
            }
        }
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment.Id;
    }

    internal static AssessmentDto ToDto(Assessment a) => new(a.Id, a.Date, a.AssessedBy,
        [.. a.Items.Select(i => new AssessmentItemDto(i.ConditionCode, FfbCodeSystem.Default.Find(i.ConditionCode)?.Display ?? i.ConditionCode, i.FunctionLevel, i.SupportNeed))]);
}
