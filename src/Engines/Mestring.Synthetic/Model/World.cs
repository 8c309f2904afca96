using Mestring.Synthetic.Randomness;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Model;

/// <summary>The shared state of one generation run: options, people, the output tables and the random streams.</summary>
internal sealed class World
{
    public World(GeneratorOptions options)
    {
        Options = options;
        People = new Population(options.Inhabitants * 3 / 2);
        Areas = Math.Clamp(options.Inhabitants / 4000, 6, 999);
        PersonYears = new PersonYearTable(options.Inhabitants * options.Years);
        // One stream per subsystem: changing how one model draws does not shift every other model's numbers.
        HouseholdRng = Rng.Derive(options.Seed, 1);
        CareerRng = Rng.Derive(options.Seed, 2);
        ProblemRng = Rng.Derive(options.Seed, 3);
        ProviderRng = Rng.Derive(options.Seed, 4);
        InterventionRng = Rng.Derive(options.Seed, 5);
        EventRng = Rng.Derive(options.Seed, 6);
        AnomalyRng = Rng.Derive(options.Seed, 7);
    }

    public GeneratorOptions Options { get; }
    public Population People { get; }
    public int Areas { get; }
    public int Year { get; set; }
    public PersonYearTable PersonYears { get; }
    public ServiceTable Services { get; } = new();
    public EventTable Events { get; } = new();
    public AssessmentTable Assessments { get; } = new();
    public List<SimProvider> Providers { get; } = [];

    public Rng HouseholdRng { get; }
    public Rng CareerRng { get; }
    public Rng ProblemRng { get; }
    public Rng ProviderRng { get; }
    public Rng InterventionRng { get; }
    public Rng EventRng { get; }
    public Rng AnomalyRng { get; }

    /// <summary>The active service spells of each person (only people with one are in the map).</summary>
    public Dictionary<int, List<int>> ActiveServices { get; } = [];

    public int DataEndDay => new DateOnly(Options.LastYear, 12, 31).DayNumber;

    public int YearStartDay(int year) => new DateOnly(year, 1, 1).DayNumber;

    public int RandomDayIn(Rng rng, int year) => YearStartDay(year) + rng.Next(DateTime.IsLeapYear(year) ? 366 : 365);

    public bool HasActiveService(int person) => ActiveServices.TryGetValue(person, out var list) && list.Count > 0;

    /// <summary>Residents at 1 January of the current year.</summary>
    public int ResidentCount { get; set; }
}
