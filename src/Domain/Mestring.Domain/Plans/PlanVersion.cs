using Mestring.Domain.Common;

namespace Mestring.Domain.Plans;

/// <summary>
/// An immutable snapshot of the plan after a change: the history is browsable and two versions can be
/// compared. The snapshot is JSON written by the application layer (goals, sections, interventions, network).
/// </summary>
public sealed class PlanVersion : TenantEntity, ICitizenData
{
    private PlanVersion() { }

    internal PlanVersion(Plan plan, int number, DateTimeOffset at, string changedBy, string change, string snapshotJson)
    {
        MunicipalityId = plan.MunicipalityId;
        PlanId = plan.Id;
        CitizenId = plan.CitizenId;
        Number = number;
        At = at;
        ChangedBy = changedBy;
        Change = change;
        SnapshotJson = snapshotJson;
    }

    public Guid PlanId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ChangedBy { get; private set; } = "";
    /// <summary>What changed, in a short sentence (e.g. "Mål tilføjet").</summary>
    public string Change { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";
}
