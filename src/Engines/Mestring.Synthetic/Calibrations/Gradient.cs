using System.Globalization;
using Mestring.Registers;

namespace Mestring.Synthetic.Calibrations;

/// <summary>
/// The four-factor gradient from the data: factors at 15 (year = birth year + 15) from household_years and
/// person_years; outcome = share of person-years at ages 18–29 on kontanthjælp or uddannelseshjælp.
/// </summary>
internal static class Gradient
{
    public static IEnumerable<CalibrationRow> Compute(ExtractData d)
    {
        var factors = Factors(d);
        var years = new long[5];
        var onCash = new long[5];
        for (var p = 0; p < d.PersonIds.Length; p++)
        {
            var k = factors[p];
            if (k < 0)
            {
                continue;
            }
            for (var y = Math.Max(d.FirstYear, d.BirthYear[p] + 18); y <= Math.Min(d.LastYear, d.BirthYear[p] + 29); y++)
            {
                if (!d.HasRow(p, y))
                {
                    continue;
                }
                years[k]++;
                if (d.Benefit[d.Slot(p, y)] is Benefit.Kontanthjaelp or Benefit.Uddannelseshjaelp)
                {
                    onCash[k]++;
                }
            }
        }
        var share = new double[5];
        for (var k = 0; k < 5; k++)
        {
            share[k] = years[k] == 0 ? 0 : 100.0 * onCash[k] / years[k];
        }
        var increasing = share[0] < share[1] && share[1] < share[2] && share[2] < share[3] && share[3] < share[4];
        for (var k = 0; k < 5; k++)
        {
            var figure = string.Create(CultureInfo.InvariantCulture, $"18-29 on kontanthjælp/uddannelseshjælp, {k} family factors at 15 (n={years[k]} person-years)");
            yield return k switch
            {
                0 => new CalibrationRow(figure, 2.7, Math.Round(share[0], 2), "< 4 %", share[0] < 4, "%"),
                4 => new CalibrationRow(figure, 24, Math.Round(share[4], 2), "20-28 %", share[4] is >= 20 and <= 28, "%"),
                _ => new CalibrationRow(figure, double.NaN, Math.Round(share[k], 2), "increasing", share[k - 1] < share[k], "%"),
            };
        }
        yield return new CalibrationRow("gradient strictly increasing in the number of factors", 1, increasing ? 1 : 0, "strict", increasing, "1 = yes");
    }

    /// <summary>Number of factors 0–4 per person (−1 = not assessable: no row at 15 or no parent with a row that year).</summary>
    private static int[] Factors(ExtractData d)
    {
        var result = new int[d.PersonIds.Length];
        Array.Fill(result, -1);
        var byYear = new Dictionary<int, List<(int Person, long Income)>>();
        var incomeOfHousehold = new Dictionary<(int Household, int Year), long>();
        for (var p = 0; p < d.PersonIds.Length; p++)
        {
            for (var y = d.FirstYear; y <= d.LastYear; y++)
            {
                if (d.HasRow(p, y) && y - d.BirthYear[p] >= 18)
                {
                    var key = (d.Household[d.Slot(p, y)], y);
                    incomeOfHousehold[key] = incomeOfHousehold.GetValueOrDefault(key) + d.Income[d.Slot(p, y)];
                }
            }
        }
        for (var p = 0; p < d.PersonIds.Length; p++)
        {
            var y = d.BirthYear[p] + 15;
            if (!d.HasRow(p, y) || !(d.HasRow(d.Mother[p], y) || d.HasRow(d.Father[p], y)))
            {
                continue;
            }
            if (!byYear.TryGetValue(y, out var list))
            {
                byYear[y] = list = [];
            }
            list.Add((p, incomeOfHousehold.GetValueOrDefault((d.Household[d.Slot(p, y)], y))));
        }
        foreach (var (y, list) in byYear)
        {
            var low = list.OrderBy(x => x.Income).ThenBy(x => d.PersonIds[x.Person], StringComparer.Ordinal).Take(list.Count / 5).Select(x => x.Person).ToHashSet();
            foreach (var (p, _) in list)
            {
                var m = d.Mother[p];
                var f = d.Father[p];
                var household = d.Household[d.Slot(p, y)];
                var onBenefit = Passive(d, m, y) || Passive(d, f, y);
                var withBoth = d.HasRow(m, y) && d.HasRow(f, y) && d.Household[d.Slot(m, y)] == household && d.Household[d.Slot(f, y)] == household;
                var isced = Math.Max(d.HasRow(m, y) ? d.Isced[d.Slot(m, y)] : -1, d.HasRow(f, y) ? d.Isced[d.Slot(f, y)] : -1);
                result[p] = (onBenefit ? 1 : 0) + (withBoth ? 0 : 1) + (isced <= 2 ? 1 : 0) + (low.Contains(p) ? 1 : 0);
            }
        }
        return result;
    }

    private static bool Passive(ExtractData d, int parent, int year) =>
        d.HasRow(parent, year) && d.Benefit[d.Slot(parent, year)] is Benefit.Kontanthjaelp or Benefit.Foertidspension;
}
