using Mestring.Registers;
using Mestring.Synthetic.Model;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic;

/// <summary>
/// A generated municipality: the register tables (the seven of the specification plus invoices and supervision assessments) (columnar inside, streamed as rows in canonical order),
/// the ground truth that is never part of the data, and a few demo candidates.
/// </summary>
public sealed partial class SyntheticMunicipality
{
    private readonly int _personCount;
    private readonly int[] _birthDay;
    private readonly Sex[] _sex;
    private readonly int[] _mother;
    private readonly int[] _father;
    private readonly int[] _deathDay;
    private readonly int[] _area;
    private readonly List<Spell> _spells;
    private readonly EventTable _events;
    private readonly AssessmentTable _assessments;
    private readonly string[] _conditionCodes;
    private readonly ProviderRow[] _providers;
    private readonly ServiceMeta[] _serviceMeta;
    private readonly int _dataEnd;

    private SyntheticMunicipality(World w, IReadOnlyList<Programme> programmes, string[] conditionCodes, GroundTruth truth, IReadOnlyList<DemoCandidate> demo)
    {
        Options = w.Options;
        var people = w.People;
        _personCount = people.Count;
        _birthDay = people.BirthDay[.._personCount];
        _sex = people.Sex[.._personCount];
        _mother = people.Mother[.._personCount];
        _father = people.Father[.._personCount];
        _deathDay = people.DeathDay[.._personCount];
        _area = new int[_personCount];
        _residentAtEnd = new bool[_personCount];
        for (var p = 0; p < _personCount; p++)
        {
            var h = people.Household[p];
            _area[p] = h >= 0 ? people.HouseholdArea[h] : -1;
            _residentAtEnd[p] = people.IsResident(p);
        }
        for (var i = 0; i < w.PersonYears.Count; i++)
        {
            var p = w.PersonYears.PersonIndex(i);
            if (people.Household[p] < 0)
            {
                _area[p] = w.PersonYears.AreaIndex(i); // the last row wins: the area of the last 1 January
            }
        }
        PersonYears = w.PersonYears;
        _spells = w.Services.Spells;
        _events = w.Events;
        _assessments = w.Assessments;
        _conditionCodes = conditionCodes;
        _dataEnd = w.DataEndDay;
        _programmes = programmes;
        _serviceMeta = programmes.Select(p => new ServiceMeta(p.LegalBasis, Ffb.Service(p.ServiceDisplay))).ToArray();
        _programmeUnits = programmes.Select(p => p.Unit).ToArray();
        _targetGroupCodes = Problems.TargetGroups.Select(g => Ffb.TargetGroup(Problems.Display(g))).ToArray();
        _providers = w.Providers.Select(p => new ProviderRow(
            Ids.Provider(p.Index), p.Name, p.Cvr, p.Ownership, p.Programme.TilbudType, p.Capacity, p.Level,
            Ids.Owner(p.OwnerId), Ids.Leader(p.LeaderId), SupervisionScores.From(p.Supervision), p.Quarantined)).ToArray();
        Truth = truth;
        DemoCandidates = demo;
        _plan = w.Invoices;
    }

    private readonly string[] _targetGroupCodes;
    private readonly bool[] _residentAtEnd;
    private readonly IReadOnlyList<Programme> _programmes;

    private readonly record struct ServiceMeta(string LegalBasis, string ServiceCode);

    /// <summary>The options the municipality was generated with.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>The planted truth (write it apart from the data).</summary>
    public GroundTruth Truth { get; }

    /// <summary>Citizens suited for demo users.</summary>
    public IReadOnlyList<DemoCandidate> DemoCandidates { get; }

    /// <summary>Person-year rows, columnar (source of person_years.csv and household_years.csv).</summary>
    public PersonYearTable PersonYears { get; }

    /// <summary>Number of rows per file, by file name.</summary>
    public IReadOnlyDictionary<string, long> RowCounts => new Dictionary<string, long>(StringComparer.Ordinal)
    {
        [RegisterExtractFolder.Persons] = _personCount,
        [RegisterExtractFolder.HouseholdYears] = PersonYears.Count,
        [RegisterExtractFolder.PersonYears] = PersonYears.Count,
        [RegisterExtractFolder.Providers] = _providers.Length,
        [RegisterExtractFolder.Services] = _spells.Count,
        [RegisterExtractFolder.Events] = _events.Count,
        [RegisterExtractFolder.Assessments] = _assessments.Count,
        [RegisterExtractFolder.SupervisionAssessments] = _plan.Visits.Sum(v => v.Scores.Count(s => s is not null)),
        [RegisterExtractFolder.Invoices] = InvoiceCount(),
    };

    /// <summary>persons.csv rows in canonical order.</summary>
    public IEnumerable<PersonRow> Persons()
    {
        for (var p = 0; p < _personCount; p++)
        {
            yield return new PersonRow(
                Ids.Person(p), DateOnly.FromDayNumber(_birthDay[p]), _sex[p], _mother[p] < 0 ? null : Ids.Person(_mother[p]),
                _father[p] < 0 ? null : Ids.Person(_father[p]), _deathDay[p] < 0 ? null : DateOnly.FromDayNumber(_deathDay[p]),
                _area[p] < 0 ? null : Ids.Area(_area[p]));
        }
    }

    /// <summary>household_years.csv rows in canonical order.</summary>
    public IEnumerable<HouseholdYearRow> HouseholdYears() => PersonYears.HouseholdYearRows();

    /// <summary>person_years.csv rows in canonical order.</summary>
    public IEnumerable<PersonYearRow> PersonYearRows() => PersonYears.PersonYearRows();

    /// <summary>providers.csv rows in canonical order.</summary>
    public IEnumerable<ProviderRow> Providers() => _providers;

    /// <summary>services.csv rows in canonical order.</summary>
    public IEnumerable<ServiceRow> Services()
    {
        for (var i = 0; i < _spells.Count; i++)
        {
            var s = _spells[i];
            var meta = _serviceMeta[s.Programme];
            var provider = _providers[s.Provider];
            yield return new ServiceRow(
                Ids.Service(i), Ids.Person(s.Person), provider.ProviderId, meta.LegalBasis, meta.ServiceCode, DateOnly.FromDayNumber(s.Start),
                s.End > _dataEnd ? null : DateOnly.FromDayNumber(s.End), UnitOf(s), s.UnitsPerWeek, s.Price, Model.Methods.All[s.Method].Name,
                s.Level, _targetGroupCodes[s.TargetGroup]);
        }
    }

    private ServiceUnit UnitOf(in Spell s) => _programmeUnits[s.Programme];

    private readonly ServiceUnit[] _programmeUnits;

    /// <summary>events.csv rows in canonical order.</summary>
    public IEnumerable<EventRow> Events()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var provider = _events.Provider(i);
            yield return new EventRow(
                Ids.Person(_events.Person(i)), DateOnly.FromDayNumber(_events.Day(i)), EventTable.TypeNames[_events.Type(i)], _events.Quantity(i),
                provider < 0 ? null : _providers[provider].ProviderId);
        }
    }

    /// <summary>assessments.csv rows in canonical order.</summary>
    public IEnumerable<AssessmentRow> Assessments()
    {
        for (var i = 0; i < _assessments.Count; i++)
        {
            yield return new AssessmentRow(
                Ids.Person(_assessments.Person(i)), DateOnly.FromDayNumber(_assessments.Day(i)), _conditionCodes[_assessments.Condition(i)],
                _assessments.Level(i), _assessments.Support(i));
        }
    }

    /// <summary>All seven row sequences, already in canonical order (for <see cref="RegisterExtractFolder.WriteFolder"/> or a bulk insert).</summary>
    public RegisterExtractRows ToRows() =>
        new(Persons(), HouseholdYears(), PersonYearRows(), Providers(), Services(), Events(), Assessments(), Presorted: true,
            SupervisionAssessments: SupervisionAssessments(), Invoices: Invoices());

    /// <summary>Writes the register-extract folder (UTF-8 without BOM, canonical).</summary>
    public void WriteFolder(string directory) => RegisterExtractFolder.WriteFolder(directory, ToRows());
}
