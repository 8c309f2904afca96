using Mestring.Application.Plans;
using Mestring.Domain.Access;
using Mestring.Domain.Children;
using Mestring.Domain.Organisation;
using Microsoft.Extensions.Options;

namespace Mestring.Application.Children;

/// <summary>Settings of the children's area (configuration section <c>Children</c>).</summary>
public sealed class ChildrenSettings
{
    /// <summary>The age from which a child signed in as themself sees their own plan (in plain words).</summary>
    public int ChildSeesOwnPlanFromAge { get; set; } = 12;
}

/// <summary>
/// Barnets plan (§§91–92), the ungeplan (§§108–109) and the transition at 18, all on the one versioned plan: recording one
/// commits a new plan version and marks it, so goals and history carry over into adulthood. Parents with custody see the
/// plan and the decisions; a child from 12 (configurable) sees the plan in plain words; neither sees notifications.
/// </summary>
public sealed class ChildPlanService(MestringDbContext db, ChildCaseAccess cases, CitizenAccess access, ICurrentUser user,
    PlanCommands plans, ChildDecisionService decisions, IOptions<ChildrenSettings> settings, TimeProvider clock)
{
    public const string Resource = "child-plan";
    /// <summary>Ungestøtte runs to 23; the transition is recorded before that.</summary>
    public const int TransitionMaxAge = 22;

    public async Task<Result<Guid>> RecordAsync(Guid citizenId, ChildPlanRequest request, CancellationToken ct)
    {
        var kind = ChildCaseAccess.Parse<ChildPlanKind>(request.Kind, "kind");
        var child = await cases.WriteAsync(citizenId, ct, kind == ChildPlanKind.Transition ? TransitionMaxAge : 17);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        TransitionTarget? target = kind == ChildPlanKind.Transition ? ChildCaseAccess.Parse<TransitionTarget>(request.Target, "target")
            : request.Target is null ? null : throw ValidationException.For("target", "is only given for the transition");
        if (request.DecisionId is { } did && !await db.ChildDecisions.AnyAsync(d => d.Id == did && d.CitizenId == citizenId, ct))
        {
            throw ValidationException.For("decisionId", "is not a decision about this child");
        }
        var plan = await plans.LoadOrStartAsync(child.Value.MunicipalityId, citizenId, ct);
        var record = new ChildPlanRecord(child.Value.MunicipalityId, citizenId, kind, plan.Version + 1, cases.Now, cases.Actor,
            request.PlainSummary ?? "", request.ChildWords, request.ParentsWords, request.DecisionId, target);
        db.ChildPlanRecords.Add(record);
        if (target is { } t)
        {
            // The adult plan is the same plan: goals, versions and follow-ups stay; the section says where support continues.
            plan.SetSection(t == TransitionTarget.ServiceAct ? Sector.Social : Sector.Children, TransitionText(t), null);
        }
        await plans.CommitAsync(plan, ChangeText(kind), ct);
        return record.Id;
    }

    /// <summary>The plan records of a child, for the caseworker.</summary>
    public async Task<Result<IReadOnlyList<ChildPlanRecordDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var child = await cases.ReadAsync(citizenId, Resource, ct);
        return child.IsSuccess ? (await RecordsAsync(citizenId, ct)).ToList() : child.Error;
    }

    /// <summary>The plan as a parent with custody or the child themself sees it.</summary>
    public async Task<Result<ChildPlanViewDto>> ViewAsync(Guid citizenId, CancellationToken ct)
    {
        if (user.Role is not (Roles.Parent or Roles.Citizen))
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, Resource, ct, v => v.Basis is AccessBasis.Custody or AccessBasis.Self);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var citizen = opened.Value.Citizen;
        var age = citizen.AgeOn(clock.TodayInDenmark());
        var asParent = opened.Value.Basis == AccessBasis.Custody;
        if (!asParent && age < settings.Value.ChildSeesOwnPlanFromAge)
        {
            return Error.Forbidden("children.too-young", $"A child sees their own plan from {settings.Value.ChildSeesOwnPlanFromAge}.");
        }
        var goals = await db.Goals.Where(g => g.CitizenId == citizenId).ToListAsync(ct);
        var owed = await ChildDeadlineQueries.ComputeAsync(db, db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Id), clock.GetUtcNow(), ct);
        return new ChildPlanViewDto(citizenId, citizen.DisplayName, age, asParent ? "parent" : "child", await RecordsAsync(citizenId, ct),
            [.. goals.Select(g => new ChildGoalDto(g.Id, g.CitizenWords, g.Status.ToString()))],
            asParent ? await decisions.ListUncheckedAsync(citizenId, ct) : [],
            [.. owed.Where(d => OwedToFamily.Contains(d.Kind)).Select(DeadlineDto.From)]);
    }

    /// <summary>The deadlines a family is owed: the plan, its follow-up, the ungeplan and the transition — not those of notifications or investigations.</summary>
    public static readonly IReadOnlySet<DeadlineKind> OwedToFamily =
        new HashSet<DeadlineKind> { DeadlineKind.Plan3m, DeadlineKind.FollowUp3m, DeadlineKind.YouthPlan16, DeadlineKind.Transition18 };

    /// <summary>The children a signed-in parent has custody of (the list is recorded as read).</summary>
    public async Task<IReadOnlyList<MyChildDto>> MyChildrenAsync(CancellationToken ct)
    {
        if (user.Role != Roles.Parent)
        {
            return [];
        }
        var rows = await access.Visible().AsNoTracking().ToListAsync(ct);
        await access.RecordListAsync(rows.Select(r => r.Id), Resource, ct);
        var today = clock.TodayInDenmark();
        return [.. rows.Select(r => new MyChildDto(r.Id, r.DisplayName, r.AgeOn(today))).OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Records a parent user's custody of a child (caseworker).</summary>
    public async Task<Result<Guid>> GrantCustodyAsync(Guid citizenId, CustodyRequest request, CancellationToken ct)
    {
        var child = await cases.WriteAsync(citizenId, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var parentUser = (request.ParentUserId ?? "").Trim();
        if (!await db.Users.AnyAsync(u => u.Id == parentUser && u.Role == Roles.Parent && u.MunicipalityId == child.Value.MunicipalityId, ct))
        {
            throw ValidationException.For("parentUserId", "is not a parent user of this municipality");
        }
        if (await db.Custodies.AnyAsync(k => k.CitizenId == citizenId && k.ParentUserId == parentUser && k.To == null, ct))
        {
            return Error.Conflict("custody.exists", "The parent already has custody of the child.", "parentUserId");
        }
        var custody = new Custody(child.Value.MunicipalityId, citizenId, parentUser, request.From ?? clock.TodayInDenmark());
        db.Custodies.Add(custody);
        await db.SaveChangesAsync(ct);
        return custody.Id;
    }

    private async Task<IReadOnlyList<ChildPlanRecordDto>> RecordsAsync(Guid citizenId, CancellationToken ct)
    {
        var rows = await db.ChildPlanRecords.Where(r => r.CitizenId == citizenId).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.RecordedAt).Select(r => new ChildPlanRecordDto(r.Id, ChildCaseAccess.Kebab(r.Kind), r.PlanVersion,
            r.RecordedAt, r.PlainSummary, r.ChildWords, r.ParentsWords, r.DecisionId, r.Target is { } t ? ChildCaseAccess.Kebab(t) : null))];
    }

    private static string ChangeText(ChildPlanKind kind) => kind switch
    {
        ChildPlanKind.ChildPlan => "Barnets plan (Barnets Lov §91)",
        ChildPlanKind.YouthPlan => "Ungeplan (Barnets Lov §§108–109)",
        _ => "Overgang til voksenlivet ved 18 år",
    };

    private static string TransitionText(TransitionTarget t) => t switch
    {
        TransitionTarget.YouthSupport => "Ungestøtte 18–22 år (Barnets Lov §§108–123); mål og historik videreført fra barnets plan.",
        TransitionTarget.ServiceAct => "Handleplan efter serviceloven (§141); mål og historik videreført fra barnets plan.",
        _ => "Ingen videre støtte efter 18 år; mål og historik bevaret.",
    };
}
