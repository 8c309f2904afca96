using Mestring.Domain.Common;
using Mestring.Domain.Interventions;

namespace Mestring.Domain.Plans;

/// <summary>
/// The one plan per citizen across sectors. Every change goes through this aggregate and is closed with
/// <see cref="Commit"/>, which makes a new version.
/// </summary>
public sealed class Plan : CitizenEntity
{
    private readonly List<Goal> _goals = [];
    private readonly List<PlanSection> _sections = [];
    private readonly List<PlanVersion> _versions = [];

    private Plan() { }

    public Plan(Guid municipalityId, Guid citizenId) : base(municipalityId, citizenId) { }

    public int Version { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    /// <summary>The next follow-up date agreed in the plan.</summary>
    public DateOnly? NextFollowUp { get; private set; }
    public IReadOnlyList<Goal> Goals => _goals;
    public IReadOnlyList<PlanSection> Sections => _sections;
    public IReadOnlyList<PlanVersion> Versions => _versions;

    public Goal AddGoal(GoalDraft draft)
    {
        var goal = new Goal(this, draft);
        _goals.Add(goal);
        return goal;
    }

    public Goal ReviseGoal(Guid goalId, GoalDraft draft)
    {
        var goal = FindGoal(goalId);
        goal.Revise(draft);
        return goal;
    }

    public void SetGoalStatus(Guid goalId, GoalStatus status) => FindGoal(goalId).SetStatus(Guard.Defined(status, "status"));

    public Goal FindGoal(Guid goalId) =>
        _goals.FirstOrDefault(g => g.Id == goalId) ?? throw new DomainException("plan.goal-not-found", "The goal is not part of this plan.", "goalId");

    /// <summary>Throws when a goal id does not belong to this plan: orders must serve the plan's own goals.</summary>
    public void RequireGoals(IEnumerable<Guid> goalIds)
    {
        foreach (var goalId in goalIds)
        {
            if (_goals.All(g => g.Id != goalId))
            {
                throw ValidationException.For("goalIds", $"goal {goalId} is not part of the citizen's plan");
            }
        }
    }

    /// <summary>Orders an intervention for goals of this plan.</summary>
    public Intervention Order(InterventionOrder order, string orderedBy, DateTimeOffset at)
    {
        RequireGoals(order.GoalIds);
        return new Intervention(MunicipalityId, CitizenId, Id, order, orderedBy, at);
    }

    /// <summary>A task for the network in this plan, for one of its goals or for the plan as a whole.</summary>
    public NetworkContribution Contribute(string contributor, ContributorKind kind, string task, Guid? goalId)
    {
        if (goalId is { } id)
        {
            FindGoal(id);
        }
        return new NetworkContribution(MunicipalityId, CitizenId, Id, contributor, kind, task, goalId, null);
    }

    /// <summary>Changes a network task of this plan; its goal, if any, must be one of the plan's.</summary>
    public void ReviseContribution(NetworkContribution contribution, string contributor, ContributorKind kind, string task, Guid? goalId)
    {
        if (contribution.PlanId != Id)
        {
            throw new DomainException("plan.network-not-found", "The network contribution is not part of this plan.", "contributionId");
        }
        if (goalId is { } id && _goals.All(g => g.Id != id))
        {
            throw ValidationException.For("goalId", "is not a goal of the citizen's plan");
        }
        contribution.Revise(contributor, kind, task, goalId);
    }

    public void SetSection(Sector sector, string text, string? responsible)
    {
        Guard.Defined(sector, "sector");
        var section = _sections.FirstOrDefault(s => s.Sector == sector);
        if (section is null)
        {
            _sections.Add(new PlanSection(this, sector, text, responsible));
        }
        else
        {
            section.Update(text, responsible);
        }
    }

    /// <summary>A follow-up is scheduled: the plan's next follow-up is the earliest pending one, never a later date over an earlier one.</summary>
    public void ScheduleFollowUp(DateOnly date)
    {
        if (NextFollowUp is not { } current || date < current)
        {
            NextFollowUp = date;
        }
    }

    /// <summary>After a follow-up is completed: the next is the earliest still pending (null when none is).</summary>
    public void NextFollowUpIs(DateOnly? earliestPending) => NextFollowUp = earliestPending;

    /// <summary>Closes a change: a new version with a snapshot of the plan as it now stands.</summary>
    public PlanVersion Commit(DateTimeOffset at, string changedBy, string change, string snapshotJson)
    {
        Version++;
        UpdatedAt = at;
        var version = new PlanVersion(this, at, changedBy, change, snapshotJson);
        _versions.Add(version);
        return version;
    }
}
