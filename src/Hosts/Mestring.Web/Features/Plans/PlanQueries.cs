using Mestring.Data;
using Mestring.Domain.Access;
using Mestring.Domain.Consents;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Terminology;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Plans;

public sealed class PlanQueries(MestringDbContext db, CitizenAccess access, CurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// The plan as the viewer may see it: the caseworker and the citizen see all of it; a provider sees only
    /// its own interventions and the goals they serve; the network only what is shared under consent.
    /// </summary>
    public async Task<PlanDto?> GetAsync(Guid citizenId, CancellationToken ct)
    {
        var (citizen, basis) = await access.OpenWithBasisAsync(citizenId, "plan", ct);
        if (citizen is null)
        {
            return null;
        }
        var plan = await db.Plans.Include(p => p.Goals).Include(p => p.Sections).FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        var interventions = await db.Interventions.Where(i => i.CitizenId == citizenId).OrderBy(i => i.Start).ToListAsync(ct);
        if (basis == AccessBasis.ActiveOrder)
        {
            interventions = [.. interventions.Where(i => i.ProviderId == user.ProviderId)];
        }
        var providerNames = await ProviderNamesAsync(interventions.Select(i => i.ProviderId), ct);
        var goals = plan?.Goals.ToList() ?? [];
        if (basis == AccessBasis.ActiveOrder)
        {
            var served = interventions.SelectMany(i => i.GoalIds).ToHashSet();
            goals = [.. goals.Where(g => served.Contains(g.Id))];
        }
        var network = plan is null ? [] : await NetworkAsync(plan.Id, citizenId, ct);
        if (basis is AccessBasis.ActiveOrder or AccessBasis.SharedTask)
        {
            network = [.. network.Where(n => n.SharedUnderConsent)];
        }
        var goalDtos = await GoalDtosAsync(citizenId, goals, ct);
        return new PlanDto(citizenId, plan?.Id, plan?.Version ?? 0, plan?.UpdatedAt, plan?.NextFollowUp, goalDtos,
            basis == AccessBasis.ActiveOrder ? [] : [.. (plan?.Sections ?? []).OrderBy(s => s.Sector).Select(s => new SectionDto(s.Sector, s.Text, s.Responsible))],
            [.. interventions.Select(i => ToDto(i, providerNames))],
            network);
    }

    public async Task<IReadOnlyList<PlanVersionDto>?> VersionsAsync(Guid citizenId, CancellationToken ct)
    {
        if (await OpenFullAsync(citizenId, "plan-history", ct) is null)
        {
            return null;
        }
        return await db.PlanVersions.Where(v => v.CitizenId == citizenId).OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionDto(v.Number, v.At, v.ChangedBy, v.Change)).ToListAsync(ct);
    }

    public async Task<string?> VersionSnapshotAsync(Guid citizenId, int number, CancellationToken ct)
    {
        if (await OpenFullAsync(citizenId, "plan-history", ct) is null)
        {
            return null;
        }
        return await db.PlanVersions.Where(v => v.CitizenId == citizenId && v.Number == number).Select(v => v.SnapshotJson).FirstOrDefaultAsync(ct);
    }

    public async Task<PlanComparisonDto?> CompareAsync(Guid citizenId, int from, int to, CancellationToken ct)
    {
        if (await OpenFullAsync(citizenId, "plan-history", ct) is null)
        {
            return null;
        }
        var versions = await db.PlanVersions.Where(v => v.CitizenId == citizenId && (v.Number == from || v.Number == to))
            .ToDictionaryAsync(v => v.Number, v => v.SnapshotJson, ct);
        return versions.TryGetValue(from, out var a) && versions.TryGetValue(to, out var b) ? PlanSnapshots.Compare(from, a, to, b) : null;
    }

    // The history is the caseworker's and the citizen's: a provider sees only its part of the current plan.
    private async Task<object?> OpenFullAsync(Guid citizenId, string resource, CancellationToken ct)
    {
        var (citizen, basis) = await access.OpenWithBasisAsync(citizenId, resource, ct);
        return citizen is not null && basis is not (AccessBasis.ActiveOrder or AccessBasis.SharedTask) ? citizen : null;
    }

    private async Task<IReadOnlyList<GoalDto>> GoalDtosAsync(Guid citizenId, List<Goal> goals, CancellationToken ct)
    {
        var ffb = FfbCodeSystem.Default;
        var goalIds = goals.Select(g => g.Id).ToList();
        var ratings = await db.ProgressRatings.Where(r => goalIds.Contains(r.GoalId)).OrderBy(r => r.At).ToListAsync(ct);
        var assessments = await db.Assessments.Where(a => a.CitizenId == citizenId).OrderByDescending(a => a.Date).ToListAsync(ct);
        return [.. goals.OrderBy(g => g.DueDate).Select(g => new GoalDto(
            g.Id, g.CitizenWords, g.ProfessionalText, g.Kind, FfbBranches.Default.GoalTypeCode(g.Kind), g.PrimaryConditionCode,
            ffb.Find(g.PrimaryConditionCode)?.Display ?? g.PrimaryConditionCode, g.SecondaryConditionCodes, g.BaselineLevel, g.TargetLevel,
            assessments.Select(a => a.LevelOf(g.PrimaryConditionCode)).FirstOrDefault(l => l is not null),
            g.DueDate, g.Status,
            [.. ratings.Where(r => r.GoalId == g.Id).Select(r => new RatingDto(r.Rating, r.Comment, r.At))]))];
    }

    private async Task<List<NetworkDto>> NetworkAsync(Guid planId, Guid citizenId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var consents = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        var network = await db.NetworkContributions.Where(n => n.PlanId == planId).OrderBy(n => n.Contributor).ToListAsync(ct);
        return [.. network.Select(n => new NetworkDto(n.Id, n.Contributor, n.Kind, n.Task, n.GoalId, ConsentRule.MayShare(consents, n.Contributor, now)))];
    }

    internal async Task<Dictionary<Guid, string>> ProviderNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Providers.Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    internal static PlanInterventionDto ToDto(Intervention i, IReadOnlyDictionary<Guid, string> providerNames) => new(
        i.Id, i.ServiceCode, FfbCodeSystem.Default.Find(i.ServiceCode)?.Display ?? i.ServiceCode, i.LegalBasis, i.Sector, i.ProviderId,
        providerNames.GetValueOrDefault(i.ProviderId) ?? "", i.Method, i.UnitsPerWeek, i.Unit.ToString().ToLowerInvariant(), i.UnitPrice,
        decimal.Round(i.WeeklyCost, 2), i.Start, i.End, i.Status.ToString(), i.DeclineReason, i.GoalIds);
}
