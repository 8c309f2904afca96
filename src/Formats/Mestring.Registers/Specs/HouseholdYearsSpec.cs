using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class HouseholdYearsSpec : FileSpec<HouseholdYearRow>
{
    public static readonly HouseholdYearsSpec Instance = new();
    private const int Person = 0, YearCol = 1, Household = 2, Area = 3;

    public override string FileName => RegisterExtractFolder.HouseholdYears;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
        [new("person_id", true), new("year", true), new("household_id", true), new("area", false)];

    public override HouseholdYearRow Parse(RowParser p) =>
        new(p.Person(Person), p.Year(YearCol), p.Required(Household), p.Optional(Area));

    public override void Format(in HouseholdYearRow r, CsvLineWriter w)
    {
        w.String(r.PersonId);
        w.Int(r.Year);
        w.String(r.HouseholdId);
        w.String(r.Area);
    }

    public override int Compare(in HouseholdYearRow a, in HouseholdYearRow b)
    {
        var c = string.CompareOrdinal(a.PersonId, b.PersonId);
        return c != 0 ? c : a.Year.CompareTo(b.Year);
    }

    public override bool AddKey(in HouseholdYearRow row, KeyTracker keys) => keys.Add(row.PersonId, row.Year);

    public override string KeyText(in HouseholdYearRow row) => string.Create(CultureInfo.InvariantCulture, $"{row.PersonId}, {row.Year}");
}
