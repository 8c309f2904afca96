using Mestring.Domain.Common;

namespace Mestring.Domain.Plans;

/// <summary>
/// An immutable snapshot of the plan after a change: the history is browsable and two versions can be
/// compared. The snapshot is JSON written by the application layer (goals, sections, interventions, network).
/// </summary>
public sealed class PlanVersion : CitizenEntity
{
    private PlanVersion() { }

    /// <summary>The version the plan has just reached (<see cref="Plan.Version"/>), changed at <paramref name="at"/>.</summary>
    internal PlanVersion(Plan plan, DateTimeOffset at, string changedBy, string change, string snapshotJson)
        : base(plan.MunicipalityId, plan.CitizenId)
    {
        PlanId = plan.Id;
        Number = plan.Version;
        At = at;
        ChangedBy = changedBy;
        SnapshotJson = snapshotJson;
        Change = Guard.NotBlank(change, "change", 500);
    }

    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ChangedBy { get; private set; } = "";
    /// <summary>What changed, in a short sentence (e.g. "Mål tilføjet").</summary>
    public string Change { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";
}
