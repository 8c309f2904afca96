using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>
/// The intervention types of the municipality, sized per 1,000 inhabitants so that the prevalences and spending of
/// statistics.md come out of the data (see docs/synthetic-municipality.md for the derivation).
/// </summary>
internal static class Programmes
{
    public static IReadOnlyList<Programme> Create()
    {
        Programme[] all =
        [
            new()
            {
                Name = "Familiebehandling", LegalBasis = "BL-32", ServiceDisplay = "Støtte til varetagelse af forældrerollen", Area = Area.Children,
                TargetGroups = [Problem.Neglect, Problem.Acting], MinAge = 0, MaxAge = 17, RecipientsPer1000 = 8.0, MeanYears = 0.8,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (3, 6), BasePrice = 680, TilbudType = "familiebehandling",
                ClientsPerProvider = 60, LevelWeights = [0.6, 0.35, 0.05], OwnershipWeights = [0.6, 0.3, 0.1],
                ConditionDisplay = "Indgå i samspil og kontakt", BaseProgression = 0.2,
                Methods = [(Methods.Cau, 0.45), (Methods.Pmto, 0.25), (Methods.IncredibleYears, 0.2), (Methods.Mst, 0.1)],
            },
            new()
            {
                Name = "Kontaktperson", LegalBasis = "BL-32", ServiceDisplay = "Støtte til sociale relationer", Area = Area.Children,
                TargetGroups = [Problem.Acting, Problem.Neglect], MinAge = 10, MaxAge = 17, RecipientsPer1000 = 3.6, MeanYears = 1.0,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (2, 5), BasePrice = 560, TilbudType = "kontaktperson",
                ClientsPerProvider = 50, LevelWeights = [0.7, 0.3, 0], OwnershipWeights = [0.7, 0.2, 0.1],
                ConditionDisplay = "Deltage i sociale fællesskaber og fritidsaktiviteter", BaseProgression = 0.15,
                Methods = [(Methods.Cau, 0.7), (Methods.Fit, 0.3)], PreferWith = ["Anbringelse", "Anbringelse uden samtykke"], PreferWeight = 2,
            },
            new()
            {
                Name = "Anbringelse", LegalBasis = "BL-46", ServiceDisplay = "Længerevarende ophold", Area = Area.Children,
                TargetGroups = [Problem.Neglect], MinAge = 0, MaxAge = 17, RecipientsPer1000 = 3.0, MeanYears = 3.0,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 3100, TilbudType = "opholdssted",
                ClientsPerProvider = 14, LevelWeights = [0.2, 0.5, 0.3], OwnershipWeights = [0.3, 0.5, 0.2],
                ConditionDisplay = "Varetage uddannelse", BaseProgression = 0.1,
                Methods = [(Methods.Cau, 0.75), (Methods.Tfco, 0.25)], Residential = true,
            },
            new()
            {
                Name = "Anbringelse uden samtykke", LegalBasis = "BL-47", ServiceDisplay = "Længerevarende ophold", Area = Area.Children,
                TargetGroups = [Problem.Neglect, Problem.Acting], MinAge = 0, MaxAge = 17, RecipientsPer1000 = 0.5, MeanYears = 2.5,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 3900, TilbudType = "doegninstitution",
                ClientsPerProvider = 10, LevelWeights = [0, 0.5, 0.5], OwnershipWeights = [0.6, 0.2, 0.2],
                Methods = [(Methods.Cau, 1.0)], Residential = true,
            },
            new()
            {
                Name = "Efterværn", LegalBasis = "BL-114", ServiceDisplay = "Støtte til uddannelse", Area = Area.Children,
                TargetGroups = [Problem.Neglect, Problem.Acting, Problem.Psychiatric, Problem.Isolation, Problem.Drugs, Problem.Crime],
                Requires = Problem.WasPlaced, MinAge = 18, MaxAge = 22, RecipientsPer1000 = 1.0, MeanYears = 1.5,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (2, 5), BasePrice = 560, TilbudType = "kontaktperson",
                ClientsPerProvider = 40, LevelWeights = [0.7, 0.3, 0], OwnershipWeights = [0.7, 0.2, 0.1],
                Methods = [(Methods.Cau, 1.0)],
            },
            new()
            {
                Name = "Socialpædagogisk støtte (handicap)", LegalBasis = "SEL-85", ServiceDisplay = "Støtte til daglige opgaver i hjemmet", Area = Area.Adults,
                TargetGroups = [Problem.Psychiatric, Problem.Intellectual, Problem.Physical], RecipientsPer1000 = 3.6, MeanYears = 2.5,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (4, 8), BasePrice = 560, TilbudType = "mobilt_tilbud",
                ClientsPerProvider = 60, LevelWeights = [0.7, 0.3, 0], OwnershipWeights = [0.7, 0.2, 0.1],
                ConditionDisplay = "Varetage økonomi", BaseProgression = 0.2,
                Methods = [(Methods.Cau, 0.5), (Methods.Fit, 0.25), (Methods.Cti, 0.25)],
            },
            new()
            {
                Name = "Socialpædagogisk støtte (udsatte)", LegalBasis = "SEL-85", ServiceDisplay = "Støtte til etablering i bolig", Area = Area.Adults,
                TargetGroups = [Problem.Homeless, Problem.Drugs, Problem.Alcohol], MaxAge = 70, RecipientsPer1000 = 4.25, MeanYears = 1.5,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (4, 8), BasePrice = 560, TilbudType = "mobilt_tilbud",
                ClientsPerProvider = 40, LevelWeights = [0.5, 0.5, 0], OwnershipWeights = [0.5, 0.2, 0.3],
                ConditionDisplay = "Varetage bolig", BaseProgression = 0.25,
                Methods = [(Methods.Cau, 0.45), (Methods.HousingFirst, 0.35), (Methods.Cti, 0.2)],
            },
            new()
            {
                Name = "Bostøtte i botilbudslignende tilbud", LegalBasis = "SEL-85", ServiceDisplay = "Støtte til daglige opgaver i hjemmet", Area = Area.Adults,
                TargetGroups = [Problem.Intellectual, Problem.Psychiatric], RecipientsPer1000 = 2.7, MeanYears = 5.0,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (20, 34), BasePrice = 560, TilbudType = "botilbudslignende",
                ClientsPerProvider = 22, LevelWeights = [0.3, 0.5, 0.2], OwnershipWeights = [0.5, 0.3, 0.2],
                ConditionDisplay = "Lave mad", BaseProgression = 0.15,
                Methods = [(Methods.Cau, 0.5), (Methods.LowArousal, 0.3), (Methods.Fit, 0.2)], Residential = true,
            },
            new()
            {
                Name = "Længerevarende botilbud", LegalBasis = "SEL-108", ServiceDisplay = "Længerevarende ophold", Area = Area.Adults,
                TargetGroups = [Problem.Intellectual, Problem.Physical, Problem.Psychiatric], RecipientsPer1000 = 1.05, MeanYears = 8.0, DurationSpread = 0.5,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 6000, TilbudType = "botilbud_laengerevarende",
                ClientsPerProvider = 18, LevelWeights = [0, 0.5, 0.5], OwnershipWeights = [0.6, 0.15, 0.25],
                ConditionDisplay = "Indgå i samspil og kontakt", BaseProgression = 0.05,
                Methods = [(Methods.Cau, 0.5), (Methods.Teacch, 0.25), (Methods.LowArousal, 0.25)], Residential = true,
            },
            new()
            {
                Name = "Midlertidigt botilbud", LegalBasis = "SEL-107", ServiceDisplay = "Midlertidigt ophold", Area = Area.Adults,
                TargetGroups = [Problem.Drugs, Problem.Homeless, Problem.Psychiatric, Problem.Intellectual], MaxAge = 70,
                RecipientsPer1000 = 1.42, MeanYears = 1.2, YoungWeight = 20,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 3600, TilbudType = "botilbud_midlertidigt",
                ClientsPerProvider = 16, LevelWeights = [0.1, 0.6, 0.3], OwnershipWeights = [0.4, 0.4, 0.2],
                ConditionDisplay = "Varetage egen sundhed", BaseProgression = 0.25,
                Methods = [(Methods.Cau, 0.5), (Methods.Cti, 0.3), (Methods.MotivationalInterviewing, 0.2)], Residential = true,
            },
            new()
            {
                Name = "Herberg", LegalBasis = "SEL-110", ServiceDisplay = "Midlertidigt ophold", Area = Area.Adults,
                TargetGroups = [Problem.Homeless], MaxAge = 80, RecipientsPer1000 = 2.0, MeanYears = 0.3, DurationSpread = 0.25,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 1700, TilbudType = "herberg",
                ClientsPerProvider = 25, LevelWeights = [0.6, 0.4, 0], OwnershipWeights = [0.3, 0.1, 0.6],
                ConditionDisplay = "Varetage bolig", BaseProgression = 0.1,
                Methods = [(Methods.Cau, 0.7), (Methods.Cti, 0.3)], Residential = true,
            },
            new()
            {
                Name = "Kvindekrisecenter", LegalBasis = "SEL-109", ServiceDisplay = "Akut ophold", Area = Area.Adults,
                TargetGroups = [Problem.Violence], WomenOnly = true, MaxAge = 80, RecipientsPer1000 = 0.35, MeanYears = 0.3,
                Unit = ServiceUnit.Day, UnitsPerWeek = (7, 7), BasePrice = 2500, TilbudType = "krisecenter",
                ClientsPerProvider = 12, LevelWeights = [0.5, 0.5, 0], OwnershipWeights = [0.2, 0.2, 0.6],
                Methods = [(Methods.Cau, 1.0)], Residential = true,
            },
            new()
            {
                Name = "Stofmisbrugsbehandling", LegalBasis = "SEL-101", ServiceDisplay = "Støtte til behandling", Area = Area.Adults,
                TargetGroups = [Problem.Drugs], MaxAge = 70, RecipientsPer1000 = 2.6, MeanYears = 0.8,
                Unit = ServiceUnit.Week, UnitsPerWeek = (1, 1), BasePrice = 2600, TilbudType = "misbrugsbehandling",
                ClientsPerProvider = 60, LevelWeights = [0.4, 0.5, 0.1], OwnershipWeights = [0.6, 0.3, 0.1],
                ConditionDisplay = "Varetage egen sundhed", BaseProgression = 0.15,
                Methods = [(Methods.Cau, 0.6), (Methods.MotivationalInterviewing, 0.4)],
            },
            new()
            {
                Name = "Aktivitets- og samværstilbud", LegalBasis = "SEL-104", ServiceDisplay = "Social aktivitet", Area = Area.Adults,
                TargetGroups = [Problem.Intellectual, Problem.Psychiatric, Problem.Physical], RecipientsPer1000 = 2.0, MeanYears = 3.0,
                Unit = ServiceUnit.Day, UnitsPerWeek = (3, 5), BasePrice = 950, TilbudType = "dagtilbud",
                ClientsPerProvider = 40, LevelWeights = [0.4, 0.4, 0.2], OwnershipWeights = [0.6, 0.2, 0.2],
                ConditionDisplay = "Deltage i sociale fællesskaber og fritidsaktiviteter", BaseProgression = 0.1,
                Methods = [(Methods.Cau, 1.0)], PreferWith = ["Længerevarende botilbud", "Bostøtte i botilbudslignende tilbud"], PreferWeight = 12,
            },
            new()
            {
                Name = "Beskyttet beskæftigelse", LegalBasis = "SEL-103", ServiceDisplay = "Produktion og værksted", Area = Area.Adults,
                TargetGroups = [Problem.Intellectual, Problem.Psychiatric], MaxAge = 66, RecipientsPer1000 = 1.2, MeanYears = 3.0,
                Unit = ServiceUnit.Day, UnitsPerWeek = (4, 5), BasePrice = 620, TilbudType = "beskyttet_beskaeftigelse",
                ClientsPerProvider = 35, LevelWeights = [0.5, 0.4, 0.1], OwnershipWeights = [0.5, 0.2, 0.3],
                ConditionDisplay = "Varetage beskæftigelse", BaseProgression = 0.15,
                Methods = [(Methods.Cau, 0.6), (Methods.Ips, 0.4)], PreferWith = ["Socialpædagogisk støtte (handicap)", "Bostøtte i botilbudslignende tilbud"], PreferWeight = 4,
            },
            new()
            {
                Name = "Tidsbegrænset støtte", LegalBasis = "SEL-82b", ServiceDisplay = "Individuel tidsbegrænset socialpædagogisk hjælp og støtte", Area = Area.Adults,
                TargetGroups = [Problem.Isolation, Problem.Alcohol, Problem.Crime], RecipientsPer1000 = 3.2, MeanYears = 0.4,
                Unit = ServiceUnit.Hour, UnitsPerWeek = (1, 3), BasePrice = 540, TilbudType = "mobilt_tilbud",
                ClientsPerProvider = 60, LevelWeights = [1, 0, 0], OwnershipWeights = [0.8, 0.1, 0.1],
                ConditionDisplay = "Varetage relationer til netværk", BaseProgression = 0.15,
                Methods = [(Methods.Cau, 0.6), (Methods.Fit, 0.4)],
            },
        ];
        for (var i = 0; i < all.Length; i++)
        {
            all[i].Index = i;
        }
        return all;
    }
}
