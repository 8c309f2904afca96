using Mestring.Domain.Common;
using Mestring.Terminology;

namespace Mestring.Domain.Plans;

/// <summary>
/// A goal in the citizen's own words, with the professional formulation, an FFB måltype and the
/// Aktivitet-og-deltagelse condition(s) it addresses (one primary). Levels follow ICF: lower is better.
/// </summary>
public sealed class Goal : TenantEntity, ICitizenData
{
    private Goal() { }

    internal Goal(Plan plan, GoalDraft draft)
    {
        MunicipalityId = plan.MunicipalityId;
        PlanId = plan.Id;
        CitizenId = plan.CitizenId;
        Revise(draft);
    }

    public Guid PlanId { get; private set; }
    public Guid CitizenId { get; private set; }
    public string CitizenWords { get; private set; } = "";
    public string ProfessionalText { get; private set; } = "";
    public GoalKind Kind { get; private set; }
    public string PrimaryConditionCode { get; private set; } = "";
    public List<string> SecondaryConditionCodes { get; private set; } = [];
    public int? BaselineLevel { get; private set; }
    public int TargetLevel { get; private set; }
    public DateOnly DueDate { get; private set; }
    public GoalStatus Status { get; private set; }

    internal void Revise(GoalDraft draft)
    {
        var branches = FfbBranches.Default;
        if (draft.PrimaryConditionCode is null || !branches.IsActivityAndParticipation(draft.PrimaryConditionCode))
        {
            throw ValidationException.For("primaryConditionCode", "must be an FFB Aktivitet og deltagelse condition");
        }
        foreach (var code in draft.SecondaryConditionCodes ?? [])
        {
            if (!branches.IsActivityAndParticipation(code) || code == draft.PrimaryConditionCode)
            {
                throw ValidationException.For("secondaryConditionCodes", $"'{code}' must be another FFB Aktivitet og deltagelse condition");
            }
        }
        var baseline = Guard.Level(draft.BaselineLevel, "baselineLevel");
        var target = Guard.Level(draft.TargetLevel, "targetLevel") ?? throw ValidationException.For("targetLevel", "is required");
        // A goal to develop function must aim below the baseline (0 = no reduced function).
        if (draft.Kind == GoalKind.Develop && baseline is { } b && target >= b)
        {
            throw ValidationException.For("targetLevel", "must be lower (better) than the baseline for a goal to develop function");
        }
        CitizenWords = Guard.NotBlank(draft.CitizenWords, "citizenWords", 2000);
        ProfessionalText = Guard.NotBlank(draft.ProfessionalText, "professionalText", 2000);
        Kind = Guard.Defined(draft.Kind, "kind");
        PrimaryConditionCode = draft.PrimaryConditionCode;
        SecondaryConditionCodes = [.. (draft.SecondaryConditionCodes ?? []).Distinct(StringComparer.Ordinal)];
        BaselineLevel = baseline;
        TargetLevel = target;
        DueDate = draft.DueDate;
    }

    internal void SetStatus(GoalStatus status) => Status = status;
}

/// <summary>The fields a caseworker agrees with the citizen.</summary>
public sealed record GoalDraft(
    string CitizenWords,
    string ProfessionalText,
    GoalKind Kind,
    string PrimaryConditionCode,
    IReadOnlyList<string> SecondaryConditionCodes,
    int? BaselineLevel,
    int? TargetLevel,
    DateOnly DueDate);
