using System.Globalization;
using System.Text;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Output;

/// <summary>Plain-text report for terminals; invariant culture so numbers read the same everywhere.</summary>
public static class EstimationTable
{
    /// <summary>Formats the result as an aligned text table (estimate block, balance table, overlap, warnings).</summary>
    public static string Write(EstimationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"Method      {result.Method} ({result.Estimand})");
        sb.AppendLine(c, $"Estimate    {F(result.Estimate, "F2")}   SE {F(result.Se, "F2")} ({result.SeMethod})");
        sb.AppendLine(c, $"95 % CI     [{F(result.CiLow, "F2")}; {F(result.CiHigh, "F2")}]");
        sb.AppendLine(c, $"N           treated {result.NTreated}, control {result.NControl}, used {result.NUsed} ({result.NTreatedUsed} treated, {result.NControlUsed} control)");
        sb.AppendLine(c, $"Verdict     {result.VerdictText}");
        sb.AppendLine(c, $"E-value     {F(result.EValue, "F2")} (CI limit nearer no effect {F(result.EValueCi, "F2")}; {result.EValueScale})");
        if (result.RosenbaumGamma is double gamma)
        {
            sb.AppendLine(c, $"Rosenbaum   significant up to Γ = {F(gamma, "F2")}");
        }

        if (result.Settings is { } s)
        {
            var parts = new List<string>();
            if (s.Replace is bool replace)
            {
                parts.Add(string.Create(c, $"1:{s.Ratio} {(replace ? "with" : "without")} replacement, caliper {(s.Caliper is double cal ? F(cal, "G") + " SD of the PS logit" : "none")}"));
            }

            if (s.Folds is int folds)
            {
                parts.Add(string.Create(c, $"{folds} folds × {s.Repeats ?? 1} splits (median), seed {s.Seed}, PS clipped to [{F(s.TrimLow, "G")}; {F(s.TrimHigh, "G")}], {s.Learner}"));
            }
            else if (s.TrimLow is double low)
            {
                parts.Add(string.Create(c, $"PS trimmed to [{F(low, "G")}; {F(s.TrimHigh, "G")}]"));
            }

            sb.AppendLine(c, $"Settings    {string.Join("; ", parts)}");
        }
        if (result.Balance.Count > 0)
        {
            int width = Math.Max(9, result.Balance.Max(b => b.Covariate.Length));
            sb.AppendLine();
            sb.AppendLine(c, $"{"Covariate".PadRight(width)}  {"SMD before",10}  {"SMD after",10}  {"VR before",10}  {"VR after",10}");
            foreach (var b in result.Balance)
            {
                sb.AppendLine(c, $"{b.Covariate.PadRight(width)}  {F(b.SmdBefore, "F3"),10}  {F(b.SmdAfter, "F3"),10}  {F(b.VarianceRatioBefore, "F3"),10}  {F(b.VarianceRatioAfter, "F3"),10}");
            }
        }

        if (result.Overlap is { } o)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"PS treated  [{F(o.TreatedMin, "F4")}; {F(o.TreatedMax, "F4")}]   PS control [{F(o.ControlMin, "F4")}; {F(o.ControlMax, "F4")}]");
            sb.AppendLine(c, $"Outside common support: {F(o.ShareOutside * 100, "F1")} % (treated {F(o.ShareTreatedOutside * 100, "F1")} %, control {F(o.ShareControlOutside * 100, "F1")} %)");
        }

        foreach (var warning in result.Warnings)
        {
            sb.AppendLine(c, $"Note: {warning}");
        }

        return sb.ToString();
    }

    private static string F(double? value, string format) =>
        value is double v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
