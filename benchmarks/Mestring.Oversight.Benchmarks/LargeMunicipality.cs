using Mestring.Numerics;

namespace Mestring.Oversight.Benchmarks;

/// <summary>
/// A municipality of the given size in memory, shaped like the generator's: about one order per 20 inhabitants a year
/// lasting some 20 months, billed monthly, so 1,000,000 inhabitants over 15 years give about 10 million invoice lines.
/// A few providers carry planted anomalies so every signal path runs.
/// </summary>
public static class LargeMunicipality
{
    private static readonly (string Type, string Basis, string Service, string Unit, decimal Price)[] Offers =
    [
        ("botilbud_midlertidigt", "SEL-107", "107-botilbud", "day", 1900m),
        ("botilbud_laengerevarende", "SEL-108", "108-botilbud", "day", 2300m),
        ("herberg", "SEL-110", "110-herberg", "day", 1500m),
        ("krisecenter", "SEL-109", "109-krisecenter", "day", 2200m),
        ("bostoette", "SEL-85", "85-stoette", "hour", 480m),
        ("dagtilbud", "SEL-104", "104-aktivitet", "day", 700m),
    ];

    public static OversightInput Generate(int inhabitants, int years, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var first = new DateOnly(2025 - years, 1, 1);
        var last = new DateOnly(2024, 12, 31);
        var providerCount = Math.Max(60, inhabitants / 800);
        var providers = new List<OversightProvider>(providerCount);
        var kindOf = new int[providerCount];
        var capacity = new int[providerCount];
        for (var p = 0; p < providerCount; p++)
        {
            kindOf[p] = rng.NextIntModulo(Offers.Length);
            capacity[p] = 400;
            providers.Add(new OversightProvider($"P{p:D5}", Offers[kindOf[p]].Type, capacity[p], 1 + rng.NextIntModulo(3),
                $"O{p:D5}", $"L{p:D5}", Quarantined: p % 997 == 5));
        }
        var deaths = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var orders = new List<OversightOrder>();
        var invoices = new List<OversightInvoice>(capacity: (int)(inhabitants * 10.5));
        var ordersPerYear = inhabitants / 29;
        long invoiceNo = 0;
        void Bill(int p, string person, string serviceId, DateOnly start, DateOnly end, decimal price, decimal perWeek)
        {
            var offer = Offers[kindOf[p]];
            for (var from = start; from <= end && from <= last;)
            {
                var monthEnd = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
                var to = monthEnd < end ? monthEnd : end;
                var days = to.DayNumber - from.DayNumber + 1;
                var units = offer.Unit == "hour" ? Math.Round(perWeek * days / 7m, 1) : days;
                invoices.Add(new OversightInvoice("I" + (invoiceNo++).ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
                    providers[p].ProviderId, person, serviceId, from, to, offer.Unit, units, units * price, to.AddDays(10)));
                from = to.AddDays(1);
            }
        }
        for (var year = first.Year; year <= last.Year; year++)
        {
            for (var k = 0; k < ordersPerYear; k++)
            {
                var p = rng.NextIntModulo(providerCount);
                var offer = Offers[kindOf[p]];
                // One citizen per order (a citizen's next order is another person here; what matters is the volume).
                var person = "X" + orders.Count.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                var start = new DateOnly(year, 1, 1).AddDays(rng.NextIntModulo(365));
                var months = 4 + rng.NextIntModulo(34);
                var end = start.AddMonths(months).AddDays(-1);
                var price = Math.Round(offer.Price * (decimal)(0.85 + 0.3 * rng.NextDouble()), 0);
                var perWeek = offer.Unit == "hour" ? 5m : 7m;
                var serviceId = "S" + orders.Count.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                orders.Add(new OversightOrder(serviceId, providers[p].ProviderId, person, offer.Service, "tg" + (p % 5), providers[p].SpecialisationLevel,
                    offer.Basis, start, end <= last ? end : null, offer.Unit, perWeek, price));
                Bill(p, person, serviceId, start, end, price, perWeek);
                var roll = rng.NextIntModulo(10_000);
                if (roll < 100)
                {
                    // 1 %: the citizen died on the order's last day (billing stops: no signal) ...
                    deaths[person] = end;
                }
                else if (roll < 102)
                {
                    // ... a few were billed for 40 days after their death ...
                    deaths[person] = end.AddDays(-40);
                }
                else if (roll < 104 && offer.Basis is "SEL-107" or "SEL-108")
                {
                    // ... and a few were billed at a second botilbud at the same time.
                    var other = (p + 1 + rng.NextIntModulo(providerCount - 1)) % providerCount;
                    if (Offers[kindOf[other]].Basis is "SEL-107" or "SEL-108")
                    {
                        var otherId = "S" + orders.Count.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                        var otherStart = start.AddDays(30);
                        orders.Add(new OversightOrder(otherId, providers[other].ProviderId, person, Offers[kindOf[other]].Service, "tg" + (other % 5),
                            providers[other].SpecialisationLevel, Offers[kindOf[other]].Basis, otherStart, end, "day", 7m, price));
                        Bill(other, person, otherId, otherStart, end, price, 7m);
                    }
                }
            }
        }
        var scores = new List<OversightScore>();
        string[] themes = ["education_employment", "health_wellbeing", "organisation_management", "competences", "physical_setting"];
        foreach (var p in providers)
        {
            for (var a = 0; a < 5; a++)
            {
                foreach (var t in themes)
                {
                    scores.Add(new OversightScore(p.ProviderId, first.AddYears(a * 3), t, 2 + rng.NextIntModulo(4)));
                }
            }
        }
        var links = new List<OversightLink>();
        for (var p = 0; p < providerCount; p += 7)
        {
            links.Add(new OversightLink($"O{p:D5}", $"B{p % 301:D4}", "board"));
        }
        return new OversightInput
        {
            Providers = providers, Orders = orders, Invoices = invoices, Deaths = deaths, Supervision = scores, Links = links,
            QuarantinedPersons = ["B0003", "B0042"],
            PriceIndex = new PriceIndex(Enumerable.Range(2000, 30).ToDictionary(y => y, y => 100m + 2m * (y - 2000))),
        };
    }
}
