namespace Mestring.Terminology;

/// <summary>
/// The parts of FFB the product works with, located by their published names so that no code is retyped.
/// </summary>
public sealed class FfbBranches
{
    public FfbBranches(FfbCodeSystem ffb)
    {
        Ffb = ffb;
        var conditions = ffb.TopLevel("FFB tilstande");
        ActivityAndParticipation = ffb.ChildNamed(conditions.Code, "Aktivitet og deltagelse");
        FunctionsAndCircumstances = ffb.ChildNamed(conditions.Code, "Funktioner og forhold");
        EnvironmentalFactors = ffb.ChildNamed(conditions.Code, "Omgivelsesfaktorer");
        var socialIntervention = ffb.TopLevel("Social indsats");
        Services = ffb.ChildNamed(socialIntervention.Code, "Ydelse");
        OfferTypes = ffb.ChildNamed(socialIntervention.Code, "Tilbud");
        TargetGroups = ffb.ChildNamed(socialIntervention.Code, "Målgruppe");
        GoalTypes = ffb.TopLevel("Måltype");
        FunctionLevels = ffb.TopLevel("Funktionsevneniveau");
        SupportNeedLevels = ffb.TopLevel("Støttebehovsniveau");
        InterventionStatus = ffb.TopLevel("Status på indsats");
        Conditions = conditions;
    }

    public FfbCodeSystem Ffb { get; }
    public FfbConcept Conditions { get; }
    public FfbConcept ActivityAndParticipation { get; }
    public FfbConcept FunctionsAndCircumstances { get; }
    public FfbConcept EnvironmentalFactors { get; }
    public FfbConcept Services { get; }
    public FfbConcept OfferTypes { get; }
    public FfbConcept TargetGroups { get; }
    public FfbConcept GoalTypes { get; }
    public FfbConcept FunctionLevels { get; }
    public FfbConcept SupportNeedLevels { get; }
    public FfbConcept InterventionStatus { get; }

    private static readonly Lazy<FfbBranches> Shipped = new(() => new FfbBranches(FfbCodeSystem.Default));

    public static FfbBranches Default => Shipped.Value;

    /// <summary>A condition that can carry a function level (FFB: only Aktivitet og deltagelse has severity; VUM also scores Funktioner og forhold).</summary>
    public bool IsCondition(string? code) =>
        Ffb.IsWithin(code, ActivityAndParticipation.Code) || Ffb.IsWithin(code, FunctionsAndCircumstances.Code) || Ffb.IsWithin(code, EnvironmentalFactors.Code);

    public bool IsActivityAndParticipation(string? code) => Ffb.IsWithin(code, ActivityAndParticipation.Code) && code != ActivityAndParticipation.Code;

    public bool IsService(string? code) => Ffb.IsWithin(code, Services.Code) && code != Services.Code;

    public bool IsTargetGroup(string? code) => Ffb.IsWithin(code, TargetGroups.Code) && code != TargetGroups.Code;

    /// <summary>The goal-type code for a <see cref="GoalKind"/>.</summary>
    public string GoalTypeCode(GoalKind kind) => Ffb.ChildNamed(GoalTypes.Code, kind switch
    {
        GoalKind.Develop => "Udvikle funktionsevne",
        GoalKind.Maintain => "Fastholde funktionsevne",
        GoalKind.LimitLoss => "Begrænse tab af funktionsevne",
    }).Code;

    /// <summary>The FFB "status på indsats" code for a follow-up decision.</summary>
    public string DecisionCode(FollowUpDecisionKind decision) => Ffb.ChildNamed(InterventionStatus.Code, decision switch
    {
        FollowUpDecisionKind.Continue => "Træf afgørelse om fortsættelse af indsats",
        FollowUpDecisionKind.End => "Træf afgørelse om afslutning af indsats",
        FollowUpDecisionKind.EndAndReferToNew => "Træf afgørelse om afslutning af indsats og visiter til ny",
    }).Code;

    /// <summary>The FFB code of a funktionsevneniveau 0–4 (null = ikke vurderet).</summary>
    public string FunctionLevelCode(int? level) => Ffb.ChildNamed(FunctionLevels.Code, level switch
    {
        null => "Ikke vurderet",
        0 => "Ingen nedsat funktionsevne",
        1 => "Let nedsat funktionsevne",
        2 => "Moderat nedsat funktionsevne",
        3 => "Svært nedsat funktionsevne",
        4 => "Fuldstændig nedsat funktionsevne",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A function level is 0–4."),
    }).Code;
}

/// <summary>FFB måltype.</summary>
public enum GoalKind
{
    Develop,
    Maintain,
    LimitLoss,
}

/// <summary>FFB "status på indsats": the decision at a follow-up.</summary>
public enum FollowUpDecisionKind
{
    Continue,
    End,
    EndAndReferToNew,
}
