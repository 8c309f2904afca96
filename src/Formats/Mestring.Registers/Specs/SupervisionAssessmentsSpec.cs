using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class SupervisionAssessmentsSpec : FileSpec<SupervisionAssessmentRow>
{
    public static readonly SupervisionAssessmentsSpec Instance = new();
    private const int Provider = 0, DateCol = 1, Theme = 2, Score = 3;

    public override string FileName => RegisterExtractFolder.SupervisionAssessments;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
        [new("provider_id", true), new("date", true), new("theme", true), new("score", true)];

    public override SupervisionAssessmentRow Parse(RowParser p) =>
        new(p.Provider(Provider), p.Date(DateCol), p.Code(Theme, "a supervision theme"), p.Int(Score, 1, 5));

    public override void Format(in SupervisionAssessmentRow r, CsvLineWriter w)
    {
        w.String(r.ProviderId);
        w.Date(r.Date);
        w.String(r.Theme);
        w.Int(r.Score);
    }

    public override int Compare(in SupervisionAssessmentRow a, in SupervisionAssessmentRow b)
    {
        var c = string.CompareOrdinal(a.ProviderId, b.ProviderId);
        if (c == 0)
        {
            c = a.Date.CompareTo(b.Date);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Theme, b.Theme);
    }

    public override bool AddKey(in SupervisionAssessmentRow row, KeyTracker keys) => keys.Add(row.ProviderId, row.Date, row.Theme);

    public override string KeyText(in SupervisionAssessmentRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.ProviderId}, {row.Date:yyyy-MM-dd}, {row.Theme}");
}
