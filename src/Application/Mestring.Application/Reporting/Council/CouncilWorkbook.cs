using Mestring.Reports;

namespace Mestring.Application.Reporting.Council;

/// <summary>The council report as an Excel workbook: one sheet per aggregate table with the totals, and the record.</summary>
public static class CouncilWorkbook
{
    public const string ContentType = InvestmentWorkbook.ContentType;

    public static byte[] Build(CouncilReport report) => TableWorkbook.Build(
        [.. report.Tables.Select((t, n) => new TableSheet($"Tabel {n + 1}", t.Title, ["Lovgrundlag", "År", "Borgere", "Udgifter (kr.)"],
            [.. t.Cells.Concat(t.Totals).Select(c => (IReadOnlyList<object?>)[c.Group, c.Year, c.Citizens, c.Spending])]))],
        [
            ("Rapport", report.Id.ToString("D")),
            ("Art", report.Kind),
            ("År", string.Create(CultureInfo.InvariantCulture, $"{report.Inputs.FromYear}–{report.Inputs.ToYear}")),
            ("Kilder", string.Join(", ", report.Inputs.Sources)),
            ("Datagrundlag", report.DataStamp),
            ("Beregnet med", report.EngineVersion),
            ("Lavet af", report.MadeBy),
            ("Lavet", report.MadeAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            ("Tal (SHA-256)", report.FiguresHash),
            ("Diskretion", string.Create(CultureInfo.InvariantCulture, $"celler med under {Suppression.Below} borgere vises ikke, heller ikke via totaler")),
        ],
        string.Create(CultureInfo.InvariantCulture, $"<{Suppression.Below}"));
}
