using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class PersonYearsSpec : FileSpec<PersonYearRow>
{
    public static readonly PersonYearsSpec Instance = new();
    private const int Person = 0, YearCol = 1, Income = 2, Isced = 3, BenefitCol = 4;

    public override string FileName => RegisterExtractFolder.PersonYears;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
        [new("person_id", true), new("year", true), new("income_dkk", true), new("education_isced", true), new("benefit", true)];

    // Income may be negative: a self-employed person's loss is reported as negative personal income.
    public override PersonYearRow Parse(RowParser p) =>
        new(p.Person(Person), p.Year(YearCol), p.OptionalDecimal(Income, nonNegative: false), p.OptionalInt(Isced, 0, 8),
            p.OptionalEnum(BenefitCol, Codes.AllBenefits, Codes.Of));

    public override void Format(in PersonYearRow r, CsvLineWriter w)
    {
        w.String(r.PersonId);
        w.Int(r.Year);
        w.Decimal(r.IncomeDkk);
        w.Int(r.EducationIsced);
        w.String(r.Benefit is { } b ? Codes.Of(b) : null);
    }

    public override int Compare(in PersonYearRow a, in PersonYearRow b)
    {
        var c = string.CompareOrdinal(a.PersonId, b.PersonId);
        return c != 0 ? c : a.Year.CompareTo(b.Year);
    }

    public override bool AddKey(in PersonYearRow row, KeyTracker keys) => keys.Add(row.PersonId, row.Year);

    public override string KeyText(in PersonYearRow row) => string.Create(CultureInfo.InvariantCulture, $"{row.PersonId}, {row.Year}");
}
