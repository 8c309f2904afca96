using Mestring.Domain.Audit;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Fairness;
using Mestring.Prevention.Screen;

namespace Mestring.Application.Prevention;

/// <summary>A share with its 95 % interval and n.</summary>
public sealed record ShareDto(int Count, int Outcomes, double Share, double Lower, double Upper);

/// <summary>One row of the calibration by number of factors.</summary>
public sealed record CountRowDto(int Factors, ShareDto Estimate);

/// <summary>One group (sex, age band, area): flagged share and, on history, observed vs expected share. Null = withheld (n below the limit).</summary>
public sealed record GroupDto(string Dimension, string Group, int? Children, double? FlaggedShare, ShareDto? Observed, double? Expected, double? Ratio);

/// <summary>Precision and recall of "tier ≥ X" on history.</summary>
public sealed record TierDto(string Tier, int Flagged, int TruePositives, int Positives, double? Precision, double? Recall);

/// <summary>The fairness and quality report (aggregates; groups below the limit withheld).</summary>
public sealed record QualityDto(
    int OutcomeYear, int Youths, int Cohorts, int Unobserved, bool GradientIncreasing, IReadOnlyList<string> GradientProblems,
    IReadOnlyList<CountRowDto> ByCount, IReadOnlyList<TierDto> Tiers, IReadOnlyList<GroupDto> HistoryGroups,
    int ChildrenNow, IReadOnlyList<GroupDto> CurrentGroups, int MinimumGroupSize, IReadOnlyList<string> Limits);

/// <summary>
/// Fairness and quality of the screening (issue 6) on the municipality's own data: on history (youths 18–29 in the latest
/// register year, factors at 15) the calibration by number of factors, by sex, age and area, and precision and recall of
/// each tier; today, the share of children 0–17 flagged by sex, age band and area. Aggregates only — no person leaves
/// the engine — so it is available with the switch off; groups under the limit are withheld. Audited as an aggregate use.
/// </summary>
public sealed class PreventionQuality(AuditTrail audit, PreventionSnapshot snapshot)
{
    public const int MinimumGroupSize = 5;

    /// <summary>Limits that apply to this report beyond the engine's own.</summary>
    public static readonly IReadOnlyList<string> ExtraLimits =
    [
        "Historikken er ét tværsnit: unge på 18–29 år i det seneste registerår, med familieforholdene fra det år, de fyldte 15. Unge, der er flyttet fra kommunen eller døde, indgår ikke.",
        "Udfaldet er kontanthjælp eller uddannelseshjælp som hovedydelse i ét år – ikke et behov for støtte i bred forstand. Præcision og recall siger derfor kun noget om dette udfald.",
        "Forholdene måles i dag for børn på 0–17 år, men historikken måler dem ved 15 år; for små børn er sammenhængen ikke efterprøvet.",
    ];

    public async Task<QualityDto> ReportAsync(CancellationToken ct)
    {
        var population = await snapshot.PopulationAsync(ct);
        var history = await snapshot.HistoryAsync(ct);
        var calibration = await snapshot.CalibrationAsync(ct);
        var areas = await snapshot.AreasAsync(ct);
        var groups = RegisterHistory.Groups(history, population.Columns, calibration, areas);
        var tiers = RegisterHistory.TierQualities(history);

        // Today: per-person screening inside the engine, only the group counts leave it.
        var settings = await snapshot.SettingsAsync(ct);
        var today = Screening.Run(population.Columns, PreventionSnapshot.Options(snapshot.Today, settings) with { Indicators = [] });
        var current = FairnessReport.Compute(today, new FairnessOptions { Areas = areas, Calibration = calibration });

        await audit.RecordAsync(AuditActions.Search, PreventionAreas.Resource, reason: "quality report", ct: ct);

        return new QualityDto(history.OutcomeYear, history.Count, history.CohortCount, history.Unobserved, calibration.Gradient.StrictlyIncreasing,
            calibration.Gradient.Problems, [.. calibration.ByCount.Select(r => new CountRowDto(r.Factors, Share(r.Estimate)))],
            [.. tiers.Select(t => new TierDto(TierNames.Danish(t.Tier), t.Flagged, t.TruePositives, t.Positives, t.Precision, t.Recall))],
            [.. groups.Select(Group)], today.Count, [.. current.Groups.Select(Group)], MinimumGroupSize, [.. FairnessReport.Limits, .. ExtraLimits]);
    }

    private static ShareDto Share(ShareEstimate e) => new(e.Count, e.Outcomes, e.Share, e.Lower, e.Upper);

    private static GroupDto Group(GroupRow g) => g.Children < MinimumGroupSize
        ? new GroupDto(g.Dimension, g.Group, null, null, null, null, null)
        : new GroupDto(g.Dimension, g.Group, g.Children, g.FlaggedShare, g.Observed is { } o ? Share(o) : null, g.Expected, g.CalibrationRatio);
}
