using Mestring.Domain.Access;
using Mestring.Domain.Consents;
using Mestring.Terminology;

namespace Mestring.Application.Plans;

/// <summary>The plan as the viewer may see it (<see cref="PlanVisibility"/>), and its history.</summary>
public sealed class PlanQueries(MestringDbContext db, CitizenAccess access, ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// The plan as the viewer may see it: the caseworker and the citizen see all of it; a provider sees only its own
    /// interventions and the goals they serve; the network only what is shared under consent. Five round trips whatever
    /// the plan holds: open the citizen, audit the read, the plan, the interventions, and the rest in one.
    /// </summary>
    public async Task<Result<PlanDto>> GetAsync(Guid citizenId, CancellationToken ct)
    {
        var opened = await access.OpenAsync(citizenId, "plan", ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var visibility = opened.Value.Visibility;
        var plan = await db.Plans.Include(p => p.Goals).Include(p => p.Sections).AsSingleQuery().FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        var interventions = await InterventionsAsync(citizenId, visibility, ct);
        var served = interventions.SelectMany(i => i.Intervention.GoalIds).ToHashSet();
        var goals = (plan?.Goals ?? []).Where(g => visibility.SeesGoal(g.Id, served)).ToList();
        var details = await PlanDetails.LoadAsync(db, citizenId, plan?.Id, goals, ct);
        var now = clock.GetUtcNow();
        var network = details.Network
            .Select(n => new NetworkDto(n.Id, n.Contributor, n.Kind, n.Task, n.GoalId, ConsentRule.MayShare(details.Consents, n.Contributor, now)))
            .Where(n => !visibility.OnlyConsentedNetwork || n.SharedUnderConsent);
        return new PlanDto(citizenId, plan?.Id, plan?.Version ?? 0, plan?.UpdatedAt, plan?.NextFollowUp, details.Goals(goals),
            visibility.SeesSections ? [.. (plan?.Sections ?? []).OrderBy(s => s.Sector).Select(s => new SectionDto(s.Sector, s.Text, s.Responsible))] : [],
            [.. interventions.Select(i => ToDto(i.Intervention, i.ProviderName))],
            [.. network]);
    }

    public async Task<Result<IReadOnlyList<PlanVersionDto>>> VersionsAsync(Guid citizenId, CancellationToken ct)
    {
        var opened = await OpenHistoryAsync(citizenId, ct);
        return opened.IsSuccess
            ? await db.PlanVersions.Where(v => v.CitizenId == citizenId).OrderByDescending(v => v.Number)
                .Select(v => new PlanVersionDto(v.Number, v.At, v.ChangedBy, v.Change)).ToListAsync(ct)
            : opened.Error;
    }

    public async Task<Result<string>> VersionSnapshotAsync(Guid citizenId, int number, CancellationToken ct)
    {
        var opened = await OpenHistoryAsync(citizenId, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var json = await db.PlanVersions.Where(v => v.CitizenId == citizenId && v.Number == number).Select(v => v.SnapshotJson).FirstOrDefaultAsync(ct);
        return json is null ? Error.NotFound("plan version") : json;
    }

    public async Task<Result<PlanComparisonDto>> CompareAsync(Guid citizenId, int from, int to, CancellationToken ct)
    {
        var opened = await OpenHistoryAsync(citizenId, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var versions = await db.PlanVersions.Where(v => v.CitizenId == citizenId && (v.Number == from || v.Number == to))
            .ToDictionaryAsync(v => v.Number, v => v.SnapshotJson, ct);
        return versions.TryGetValue(from, out var a) && versions.TryGetValue(to, out var b)
            ? PlanSnapshots.Compare(from, a, to, b)
            : Error.NotFound("plan version");
    }

    private Task<Result<OpenedCitizen>> OpenHistoryAsync(Guid citizenId, CancellationToken ct) =>
        access.OpenAsync(citizenId, "plan-history", ct, v => v.SeesHistory);

    private sealed record InterventionRow(Intervention Intervention, string? ProviderName);

    // One round trip: the interventions the viewer may see, each with its provider's name.
    private async Task<List<InterventionRow>> InterventionsAsync(Guid citizenId, PlanVisibility visibility, CancellationToken ct)
    {
        var query = db.Interventions.Where(i => i.CitizenId == citizenId);
        if (visibility.OnlyOwnInterventions)
        {
            var own = user.ProviderId;
            query = query.Where(i => i.ProviderId == own);
        }
        return await query.OrderBy(i => i.Start)
            .Select(i => new InterventionRow(i, db.Providers.Where(p => p.Id == i.ProviderId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }

    internal static PlanInterventionDto ToDto(Intervention i, string? providerName) => new(
        i.Id, i.ServiceCode, FfbCodeSystem.Default.Find(i.ServiceCode)?.Display ?? i.ServiceCode, i.LegalBasis, i.Sector, i.ProviderId,
        providerName ?? "", i.Method, i.UnitsPerWeek, i.Unit.ToString().ToLowerInvariant(), i.UnitPrice,
        decimal.Round(i.WeeklyCost, 2), i.Start, i.End, i.Status.ToString(), i.DeclineReason, i.GoalIds);
}
