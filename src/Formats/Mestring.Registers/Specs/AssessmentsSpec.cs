using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class AssessmentsSpec : FileSpec<AssessmentRow>
{
    public static readonly AssessmentsSpec Instance = new();
    private const int Person = 0, DateCol = 1, Code = 2, Level = 3, Need = 4;

    public override string FileName => RegisterExtractFolder.Assessments;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
        [new("person_id", true), new("date", true), new("ffb_condition_code", true), new("function_level", true), new("support_need", true)];

    public override AssessmentRow Parse(RowParser p) =>
        new(p.Person(Person), p.Date(DateCol), p.FfbCode(Code, FfbKind.Condition), p.OptionalInt(Level, 0, 4), p.OptionalInt(Need, 0, 4));

    public override void Format(in AssessmentRow r, CsvLineWriter w)
    {
        w.String(r.PersonId);
        w.Date(r.Date);
        w.String(r.FfbConditionCode);
        w.Int(r.FunctionLevel);
        w.Int(r.SupportNeed);
    }

    public override int Compare(in AssessmentRow a, in AssessmentRow b)
    {
        var c = string.CompareOrdinal(a.PersonId, b.PersonId);
        if (c == 0)
        {
            c = a.Date.CompareTo(b.Date);
        }
        return c != 0 ? c : string.CompareOrdinal(a.FfbConditionCode, b.FfbConditionCode);
    }

    public override bool AddKey(in AssessmentRow row, KeyTracker keys) => keys.Add(row.PersonId, row.Date, row.FfbConditionCode);

    public override string KeyText(in AssessmentRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.PersonId}, {row.Date:yyyy-MM-dd}, {row.FfbConditionCode}");
}
