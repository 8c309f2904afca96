using System.Globalization;
using System.Text;
using Mestring.Registers;
using Mestring.Synthetic.Calibrations;

namespace Mestring.Synthetic;

/// <summary>
/// The calibration figures of statistics.md, computed from the register rows (not from generator parameters), for
/// the last year of the extract. Prevalences are distinct people with a service overlapping the year per 1,000
/// inhabitants at 1 January; spending is Σ days in the year × units_per_week / 7 × unit_price_dkk.
/// </summary>
public static class Calibration
{
    private const double Population = 5_900_000;

    /// <summary>Computes the figures for a generated municipality.</summary>
    public static IReadOnlyList<CalibrationRow> Compute(SyntheticMunicipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return Compute(municipality.ToRows());
    }

    /// <summary>Computes the figures from any extract (e.g. one read back from a folder or exported from a database).</summary>
    public static IReadOnlyList<CalibrationRow> Compute(RegisterExtractRows rows)
    {
        var data = new ExtractData(rows);
        var rowsOut = new List<CalibrationRow>();
        rowsOut.AddRange(ServiceFigures.Compute(data, data.LastYear));
        rowsOut.AddRange(Gradient.Compute(data));
        return rowsOut;
    }

    internal static CalibrationRow PerThousand(string figure, double national, double count, double inhabitants) =>
        Band(figure, national / Population * 1000, count / inhabitants * 1000, 0.25, "per 1,000 inhabitants");

    internal static CalibrationRow Band(string figure, double target, double achieved, double relative, string unit) =>
        new(figure, Math.Round(target, 3), Math.Round(achieved, 3), string.Create(CultureInfo.InvariantCulture, $"±{relative * 100:0} %"),
            Math.Abs(achieved - target) <= relative * target, unit);

    /// <summary>A plain-text table: figure, target, achieved, tolerance, within.</summary>
    public static string Format(IReadOnlyList<CalibrationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = Math.Max(6, rows.Max(r => r.Figure.Length));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"figure".PadRight(width)}  {"target",12}  {"achieved",12}  {"tolerance",-10}  within  unit\n");
        foreach (var r in rows)
        {
            var within = r.WithinTolerance switch { true => "yes", false => "NO", null => "-" };
            sb.Append(CultureInfo.InvariantCulture,
                $"{r.Figure.PadRight(width)}  {r.Target,12:0.###}  {r.Achieved,12:0.###}  {r.Tolerance,-10}  {within,-6}  {r.Unit}\n");
        }
        return sb.ToString();
    }

    /// <summary>True when every figure that has a tolerance is within it.</summary>
    public static bool AllWithinTolerance(IReadOnlyList<CalibrationRow> rows) => rows.All(r => r.WithinTolerance != false);
}
