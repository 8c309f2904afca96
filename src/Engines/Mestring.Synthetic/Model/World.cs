using Mestring.Numerics;
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
        HouseholdRng = SeededRandom.Derive(options.Seed, 1);
        CareerRng = SeededRandom.Derive(options.Seed, 2);
        ProblemRng = SeededRandom.Derive(options.Seed, 3);
        ProviderRng = SeededRandom.Derive(options.Seed, 4);
        InterventionRng = SeededRandom.Derive(options.Seed, 5);
        EventRng = SeededRandom.Derive(options.Seed, 6);
        AnomalyRng = SeededRandom.Derive(options.Seed, 7);
        OversightRng = SeededRandom.Derive(options.Seed, 8);
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

    public SeededRandom HouseholdRng { get; }
    public SeededRandom CareerRng { get; }
    public SeededRandom ProblemRng { get; }
    public SeededRandom ProviderRng { get; }
    public SeededRandom InterventionRng { get; }
    public SeededRandom EventRng { get; }
    public SeededRandom AnomalyRng { get; }
    /// <summary>The oversight plants added with issue 13 (their own stream, so the older plants and data are unchanged).</summary>
    public SeededRandom OversightRng { get; }

    /// <summary>How the invoices depart from the services (planted) and the supervision history.</summary>
    public InvoicePlan Invoices { get; } = new();

    /// <summary>The active service spells of each person (only people with one are in the map).</summary>
    public Dictionary<int, List<int>> ActiveServices { get; } = [];

    public int DataEndDay => new DateOnly(Options.LastYear, 12, 31).DayNumber;

    public int YearStartDay(int year) => new DateOnly(year, 1, 1).DayNumber;

    public int RandomDayIn(SeededRandom rng, int year) => YearStartDay(year) + rng.NextIntModulo(DateTime.IsLeapYear(year) ? 366 : 365);

    public bool HasActiveService(int person) => ActiveServices.TryGetValue(person, out var list) && list.Count > 0;

    /// <summary>Residents at 1 January of the current year.</summary>
    public int ResidentCount { get; set; }
}
