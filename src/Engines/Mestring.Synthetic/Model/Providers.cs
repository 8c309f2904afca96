using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Model;

/// <summary>
/// The tilbud of the municipality: per programme enough providers for its case load, with ownership, owners and
/// leaders, specialisation level, takst, socialtilsyn scores and a planted effect (some clearly weak).
/// </summary>
internal static class Providers
{
    /// <summary>The takstloft for herberg (§110), 2024 prices.</summary>
    public const decimal HerbergTakstloft = 2322m;

    /// <summary>The takstloft for krisecentre (§109), 2024 prices.</summary>
    public const decimal KrisecenterTakstloft = 3197m;

    private static readonly string[] Words =
    [
        "Lindely", "Solsikken", "Havnen", "Egebakken", "Nordlys", "Skovbrynet", "Engen", "Kastanjen", "Bøgely", "Fyrtårnet", "Højvang",
        "Kildevang", "Rosenhaven", "Birkely", "Strandgården", "Mosehuset", "Valmuen", "Lærkereden", "Ankeret", "Stjernen", "Åbrinken",
        "Granly", "Toftegården", "Vestervang", "Møllehuset", "Kløverhuset", "Hybenhaven", "Sølyst", "Elmehøj", "Fuglsang",
    ];

    public static void Create(World w, IReadOnlyList<Programme> programmes)
    {
        var rng = w.ProviderRng;
        var municipalityCvr = rng.Between(20_000_000, 39_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var nextOwner = 1; // owner 0 is the municipality itself
        var privateOwners = new List<int>();
        foreach (var programme in programmes)
        {
            var stock = programme.RecipientsPer1000 * programme.MeanYears / (programme.MeanYears + 1) * w.Options.Inhabitants / 1000;
            var count = Math.Max(programme.Methods.Length > 1 ? 3 : 2, (int)Math.Ceiling(stock / programme.ClientsPerProvider));
            var named = programme.Methods.Where(m => m.Method != Methods.Cau).Select(m => m.Method).ToList();
            for (var i = 0; i < count; i++)
            {
                var ownership = (Ownership)rng.Pick(programme.OwnershipWeights);
                var level = 1 + rng.Pick(programme.LevelWeights);
                var provider = new SimProvider
                {
                    Index = w.Providers.Count,
                    Programme = programme,
                    Name = UniqueName(rng, names, programme.TilbudType),
                    Cvr = ownership == Ownership.Public ? municipalityCvr : rng.Between(10_000_000, 44_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Ownership = ownership,
                    Level = level,
                    HomeArea = rng.NextIntModulo(w.Areas),
                };
                provider.LeaderId = provider.Index;
                if (ownership == Ownership.Public)
                {
                    provider.OwnerId = 0;
                }
                else if (ownership == Ownership.Private && privateOwners.Count > 0 && rng.Chance(0.2))
                {
                    // Legitimate chains: one owner with several tilbud.
                    provider.OwnerId = privateOwners[rng.NextIntModulo(privateOwners.Count)];
                }
                else
                {
                    provider.OwnerId = nextOwner++;
                    if (ownership == Ownership.Private)
                    {
                        privateOwners.Add(provider.OwnerId);
                    }
                }
                var price = programme.BasePrice * (0.85 + 0.3 * rng.NextDouble()) * (1 + 0.15 * (level - 2));
                provider.Takst = Math.Round((decimal)price / 5m) * 5m;
                if (programme.TilbudType == "herberg")
                {
                    provider.Takst = Math.Min(provider.Takst, HerbergTakstloft);
                }
                else if (programme.TilbudType == "krisecenter")
                {
                    provider.Takst = Math.Min(provider.Takst, KrisecenterTakstloft);
                }
                provider.Methods.Add(Methods.Cau);
                if (named.Count > 0 && (i < named.Count || rng.Chance(0.6)))
                {
                    provider.Methods.Add(named[i % named.Count]);
                }
                if (programme.TilbudType == "herberg")
                {
                    // Herberg places: 3,029 nationally for 5.9 million inhabitants, shared between the herberg.
                    provider.Capacity = Math.Max(1, (int)Math.Round(3029.0 / 5_900_000 * w.Options.Inhabitants / count));
                }
                // The draw is made for every provider of a programme with peers (so the random stream does not depend on
                // the rest); a provider is planted weak only when its data can show it (see CanBeClearlyWorse) and when no
                // other provider of the programme is weak, so that it has typical peers to be worse than.
                var drawn = count >= 3 && rng.Chance(0.15);
                provider.Weak = drawn && CanBeClearlyWorse(w, programme, count)
                    && !w.Providers.Any(p => p.Programme == programme && p.Weak);
                provider.Effect = provider.Weak ? WeakEffect : Math.Round(-0.1 + 0.2 * rng.NextDouble(), 2);
                Score(rng, provider);
                w.Providers.Add(provider);
            }
        }
    }

    /// <summary>The planted effect of a weak provider on progression: 0.6 function levels below a typical provider.</summary>
    public const double WeakEffect = -0.6;

    /// <summary>
    /// Follow-up assessments a weak provider is expected to have over the whole history before it is planted as
    /// "clearly worse": with fewer, its data cannot show it (the benchmark shrinks small providers towards their peers,
    /// rightly), and the truth would claim something no honest analysis could find.
    /// </summary>
    public const double MinimumWeakFollowUps = 150;

    /// <summary>
    /// Expected follow-ups of one provider over the history: new spells per year (stock ÷ mean duration), shared
    /// between the programme's providers, times the share of spells long enough (≥ 90 days) to be followed up and an
    /// allowance for missing ratings, deaths and people already followed on the condition.
    /// </summary>
    public static double ExpectedFollowUps(World w, Programme programme, int providers)
    {
        if (programme.ConditionDisplay is null || providers <= 0)
        {
            return 0;
        }
        var entriesPerYear = programme.RecipientsPer1000 * w.Options.Inhabitants / 1000.0 / programme.MeanYears;
        var lo = (1 - programme.DurationSpread) * programme.MeanYears * 365.25;
        var hi = (1 + programme.DurationSpread) * programme.MeanYears * 365.25;
        var followedShare = hi <= 90 ? 0 : lo >= 90 ? 1 : (hi - 90) / (hi - lo);
        return entriesPerYear / providers * w.Options.Years * followedShare * 0.7;
    }

    private static bool CanBeClearlyWorse(World w, Programme programme, int providers) =>
        ExpectedFollowUps(w, programme, providers) >= MinimumWeakFollowUps;

    /// <summary>
    /// After the anomalies are planted: a quarantined provider gets no clients, so it cannot be shown weak — it is
    /// planted with a neutral effect instead; and if no provider is weak, the assessed provider with the largest
    /// expected volume among programmes with peers becomes weak, so benchmarking always has one to find.
    /// </summary>
    public static void SettleWeak(World w)
    {
        foreach (var provider in w.Providers.Where(p => p.Weak && p.Quarantined))
        {
            provider.Weak = false;
            provider.Effect = 0;
        }
        if (w.Providers.Any(p => p.Weak))
        {
            return;
        }
        var candidate = w.Providers.Where(p => !p.Quarantined && p.Programme.ConditionDisplay is not null && p.Anomalies.Count == 0)
            .Select(p => (Provider: p, Peers: w.Providers.Count(x => x.Programme == p.Programme && !x.Quarantined)))
            .Where(x => x.Peers >= 3)
            .OrderByDescending(x => ExpectedFollowUps(w, x.Provider.Programme, x.Peers)).ThenBy(x => x.Provider.Index)
            .Select(x => x.Provider).FirstOrDefault();
        if (candidate is null)
        {
            return;
        }
        candidate.Weak = true;
        candidate.Effect = WeakEffect;
        Score(w.ProviderRng, candidate);
    }

    public static void Score(SeededRandom rng, SimProvider provider)
    {
        var basis = 3.7 - (provider.Weak ? 1.0 : 0) - (provider.Quarantined ? 1.5 : 0);
        for (var t = 0; t < 7; t++)
        {
            provider.Supervision[t] = (int)Math.Clamp(Math.Round(basis + 0.7 * rng.IrwinHallNormal()), 1, 5);
        }
    }

    private static string UniqueName(SeededRandom rng, HashSet<string> names, string tilbudType)
    {
        var prefix = tilbudType switch
        {
            "familiebehandling" => "Familiehuset",
            "kontaktperson" => "Ungeteamet",
            "opholdssted" => "Opholdsstedet",
            "doegninstitution" => "Døgninstitutionen",
            "mobilt_tilbud" => "Bostøtten",
            "botilbudslignende" => "Bofællesskabet",
            "botilbud_laengerevarende" => "Botilbuddet",
            "botilbud_midlertidigt" => "Bostedet",
            "herberg" => "Herberget",
            "krisecenter" => "Krisecentret",
            "misbrugsbehandling" => "Behandlingscentret",
            "dagtilbud" => "Dagcentret",
            "beskyttet_beskaeftigelse" => "Værkstedet",
            _ => "Tilbuddet",
        };
        while (true)
        {
            var name = prefix + " " + Words[rng.NextIntModulo(Words.Length)];
            if (names.Add(name))
            {
                return name;
            }
            name += " " + rng.Between(2, 99).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (names.Add(name))
            {
                return name;
            }
        }
    }
}
