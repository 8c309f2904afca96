using System.Globalization;
using Mestring.Registers;

namespace Mestring.Synthetic.Calibrations;

/// <summary>Prevalence and spending figures for one year, from services.csv, providers.csv and the population.</summary>
internal static class ServiceFigures
{
    public static IEnumerable<CalibrationRow> Compute(ExtractData d, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var q4 = new DateOnly(year, 10, 1);
        var inhabitants = 0;
        for (var p = 0; p < d.PersonIds.Length; p++)
        {
            if (d.HasRow(p, year))
            {
                inhabitants++;
            }
        }
        var any = new HashSet<int>();
        var disability = new HashSet<int>();
        var q4People = new HashSet<int>();
        var q4Services = 0;
        var s107 = new HashSet<int>();
        var s108 = new HashSet<int>();
        var s85Home = new HashSet<int>();
        var s85Like = new HashSet<int>();
        double herbergNights = 0;
        double adults = 0, children = 0;
        foreach (var s in d.Services)
        {
            var end = s.EndDate ?? last;
            if (s.StartDate > last || end < first || !d.Index.TryGetValue(s.PersonId, out var p))
            {
                continue;
            }
            any.Add(p);
            if (d.IsDisability(s.FfbTargetGroupCode))
            {
                disability.Add(p);
            }
            var sel = s.LegalBasis.StartsWith("SEL-", StringComparison.Ordinal);
            if (sel && end >= q4 && year - d.BirthYear[p] >= 18)
            {
                q4People.Add(p);
                q4Services++;
            }
            var type = d.Providers.TryGetValue(s.ProviderId, out var provider) ? provider.TilbudType : "";
            switch (s.LegalBasis)
            {
                case "SEL-107": s107.Add(p); break;
                case "SEL-108": s108.Add(p); break;
                case "SEL-85" when type == "botilbudslignende": s85Like.Add(p); break;
                case "SEL-85": s85Home.Add(p); break;
            }
            var from = s.StartDate > first ? s.StartDate : first;
            var to = end < last ? end : last;
            if (s.LegalBasis == "SEL-110")
            {
                herbergNights += to.DayNumber - from.DayNumber + 1;
            }
            var cost = (double)((to.DayNumber - from.DayNumber + 1) * (s.UnitsPerWeek ?? 0) / 7m * (s.UnitPriceDkk ?? 0));
            if (s.LegalBasis.StartsWith("BL-", StringComparison.Ordinal))
            {
                children += cost;
            }
            else
            {
                adults += cost;
            }
        }
        var young = any.Count(p => year - d.BirthYear[p] <= 22);
        var disabledAdults = any.Count(p => year - d.BirthYear[p] > 22 && disability.Contains(p));
        var vulnerableAdults = any.Count(p => year - d.BirthYear[p] > 22 && !disability.Contains(p));
        var herbergPlaces = d.Providers.Values.Where(p => p.TilbudType == "herberg").Sum(p => p.Capacity ?? 0);
        var under30 = s107.Count == 0 ? 0 : 100.0 * s107.Count(p => year - d.BirthYear[p] < 30) / s107.Count;
        string Y(string s) => string.Create(CultureInfo.InvariantCulture, $"{s} ({year})");
        yield return Calibration.PerThousand(Y("people receiving social interventions"), 194_000, any.Count, inhabitants);
        yield return Calibration.PerThousand(Y("  of whom children and young people 0-22"), 79_000, young, inhabitants);
        yield return Calibration.PerThousand(Y("  of whom socially vulnerable adults"), 63_000, vulnerableAdults, inhabitants);
        yield return Calibration.PerThousand(Y("  of whom adults with disabilities"), 59_000, disabledAdults, inhabitants);
        yield return Calibration.PerThousand(Y("adults with disabilities receiving support (2017 level)"), 47_000, disabledAdults, inhabitants);
        yield return Calibration.PerThousand(Y("adults with selected SEL services in Q4"), 78_500, q4People.Count, inhabitants);
        yield return Calibration.Band(Y("SEL services per adult recipient in Q4"), 105_100.0 / 78_500, q4People.Count == 0 ? 0 : (double)q4Services / q4People.Count, 0.25, "services per person");
        yield return Calibration.PerThousand(Y("§107 midlertidigt botilbud"), 8_400, s107.Count, inhabitants);
        yield return Calibration.Band(Y("§107 recipients under 30"), 63, under30, 0.25, "%");
        yield return Calibration.PerThousand(Y("long-term stays (§108 or §85 in botilbudslignende)"), 20_200, s108.Union(s85Like).Count(), inhabitants);
        yield return Calibration.PerThousand(Y("§108 længerevarende botilbud"), 5_500, s108.Count, inhabitants);
        yield return Calibration.PerThousand(Y("§85 in botilbudslignende tilbud"), 14_600, s85Like.Count, inhabitants);
        yield return Calibration.PerThousand(Y("§85 socialpædagogisk støtte in own home"), 46_300, s85Home.Count, inhabitants);
        // The national count is one night; the year's average nightly occupancy is that count's expectation, with far less noise.
        yield return Calibration.PerThousand(Y("people at herberg (§110) per night, yearly average"), 2_721, herbergNights / (last.DayNumber - first.DayNumber + 1), inhabitants);
        yield return Calibration.PerThousand(Y("herberg places"), 3_029, herbergPlaces, inhabitants);
        yield return Calibration.Band(Y("spending on the social area"), 59.7e9 / 5_900_000, (adults + children) / inhabitants, 0.25, "DKK per inhabitant");
        yield return Calibration.Band(Y("  of which adults (Serviceloven)"), 40.5e9 / 5_900_000, adults / inhabitants, 0.25, "DKK per inhabitant");
        yield return Calibration.Band(Y("  of which children (Barnets Lov)"), 19.2e9 / 5_900_000, children / inhabitants, 0.25, "DKK per inhabitant");
    }
}
