using System.Globalization;
using Mestring.Synthetic.Model;

namespace Mestring.Synthetic;

public sealed partial class SyntheticMunicipality
{
    /// <summary>
    /// Generates a municipality: deterministic in <paramref name="options"/> (same seed → same data on every machine;
    /// the simulation is single-threaded and draws only from its own seeded streams).
    /// </summary>
    public static SyntheticMunicipality Generate(GeneratorOptions options, IProgress<GenerationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Inhabitants, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Years, 1);
        var w = new World(options);
        var programmes = Programmes.Create();
        Model.Providers.Create(w, programmes);
        Anomalies.PlantBefore(w);
        OversightPlants.PlantBefore(w);
        Model.Providers.SettleWeak(w);
        progress?.Report(new GenerationProgress("Creating the population", 0.01));
        Demography.CreateInitial(w);
        var interventions = new Interventions(w, programmes);
        for (var year = options.FirstYear; year <= options.LastYear; year++)
        {
            w.Year = year;
            progress?.Report(new GenerationProgress(
                string.Create(CultureInfo.InvariantCulture, $"Simulating {year}"), 0.02 + 0.9 * (year - options.FirstYear) / options.Years));
            Careers.Update(w);
            var residents = Record(w);
            RiskFactors.Assess(w);
            SocialProblems.Update(w);
            // Deaths are drawn before the year's admissions, so nobody is admitted after their death.
            Demography.Deaths(w);
            interventions.Run(year);
            Demography.Births(w);
            Households.LeaveHome(w);
            Households.FormCouples(w);
            Households.Split(w);
            Households.Move(w);
            Households.Migrate(w);
            Model.Events.Background(w, residents);
            interventions.Progression.Flush(year);
        }
        progress?.Report(new GenerationProgress("Planting anomalies and sorting", 0.93));
        Anomalies.PlantAfter(w, programmes);
        OversightPlants.PlantAfter(w);
        Model.Events.FromSpells(w, programmes);
        w.PersonYears.Seal(w.People.Count);
        w.Events.Seal();
        w.Assessments.Seal();
        var assessed = new HashSet<int>();
        for (var i = 0; i < w.Assessments.Count; i++)
        {
            assessed.Add(w.Assessments.Person(i));
        }
        var truth = Truths.Build(w, programmes);
        var demo = Synthetic.DemoCandidates.Pick(w, programmes, assessed);
        progress?.Report(new GenerationProgress("Generated", 1.0));
        return new SyntheticMunicipality(w, programmes, interventions.Progression.ConditionCodes, truth, demo);
    }

    /// <summary>Writes this year's person-year rows (state at 1 January) and returns the residents.</summary>
    private static List<int> Record(World w)
    {
        var people = w.People;
        var residents = new List<int>(w.Options.Inhabitants + 1000);
        for (var p = 0; p < people.Count; p++)
        {
            if (!people.IsResident(p))
            {
                continue;
            }
            var h = people.Household[p];
            w.PersonYears.Add(p, w.Year, h, people.HouseholdArea[h], people.Income[p], people.Isced[p], people.Benefit[p]);
            residents.Add(p);
        }
        w.ResidentCount = residents.Count;
        return residents;
    }
}
