using Mestring.Prevention.Population;

namespace Mestring.Prevention.Calibrate;

/// <summary>Derives outcome flags for calibration from the person-year columns.</summary>
public static class HistoricalOutcomes
{
    /// <summary>
    /// Per person: whether the main benefit was one of <paramref name="benefits"/> in some year in which the person
    /// turned <paramref name="fromAge"/>..<paramref name="toAge"/>. Only years the extract holds are seen, so recent
    /// cohorts are right-censored — calibrate on cohorts whose whole window is observed, or accept a lower bound.
    /// </summary>
    public static bool[] ReceivedBenefitAtAges(PopulationColumns population, int fromAge, int toAge, params Benefit[] benefits)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(benefits);
        var wanted = new bool[256];
        foreach (var b in benefits)
        {
            wanted[(int)b] = true;
        }

        var result = new bool[population.PersonCount];
        var birth = population.BirthDay;
        var benefit = population.Benefit;
        for (var p = 0; p < result.Length; p++)
        {
            var birthYear = DateOnly.FromDayNumber(birth[p]).Year;
            var first = Math.Max(population.FirstYear, birthYear + fromAge);
            var last = Math.Min(population.LastYear, birthYear + toAge);
            for (var y = first; y <= last; y++)
            {
                if (wanted[(int)benefit[population.Slot(p, y)]])
                {
                    result[p] = true;
                    break;
                }
            }
        }

        return result;
    }
}
