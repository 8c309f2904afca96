using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Cell = Mestring.Reports.InvestmentWorkbook.Cell;

namespace Mestring.Reports;

/// <summary>One sheet of a table workbook: a title, header texts and rows (a number, a text, or null for a withheld cell).</summary>
public sealed record TableSheet(string Name, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// A workbook of aggregate tables for the council: one sheet per table (numbers as numeric cells, a withheld cell as the
/// text given), and a last sheet <c>Kilder</c> with the report record (inputs, data stamp, engine version, who and when).
/// Uses the same cells and styles as the investment workbook.
/// </summary>
public static class TableWorkbook
{
    public static byte[] Build(IReadOnlyList<TableSheet> sheets, IReadOnlyList<(string Label, string Value)> record, string withheld)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = InvestmentWorkbook.Stylesheet();
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, builder) in sheets.Select(s => (s.Name, Table(s, withheld))).Append(("Kilder", Record(record))))
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = builder.ToWorksheet();
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static InvestmentWorkbook.SheetBuilder Table(TableSheet sheet, string withheld)
    {
        var s = new InvestmentWorkbook.SheetBuilder([.. sheet.Header.Select((_, i) => i == 0 ? 24d : 16d)]);
        s.Row(Cell.Title(sheet.Title));
        s.Blank();
        s.Row([.. sheet.Header.Select(Cell.Header)]);
        foreach (var row in sheet.Rows)
        {
            s.Row([.. row.Select(v => v switch
            {
                null => Cell.Text(withheld),
                int n => Cell.Integer(n),
                long n => Cell.Integer(n),
                decimal d => Cell.Money((double)d),
                double d => Cell.Money(d),
                _ => Cell.Text(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            })]);
        }
        return s;
    }

    private static InvestmentWorkbook.SheetBuilder Record(IReadOnlyList<(string Label, string Value)> record)
    {
        var s = new InvestmentWorkbook.SheetBuilder([28, 100]);
        s.Row(Cell.Title("Rapportens grundlag"));
        s.Blank();
        foreach (var (label, value) in record)
        {
            s.Row(Cell.Text(label), Cell.Text(value));
        }
        return s;
    }
}
