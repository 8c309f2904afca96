using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Reports;

/// <summary>
/// Writes an investment case and its result as an Excel workbook with four sheets: <c>Resultat</c> (NPV, BCR,
/// break-even, per holder and holder group, Monte Carlo with histogram), <c>Pengestrømme</c> (year × holder rows
/// and yearly totals), <c>Tornado</c> and <c>Input</c> (the case's parameters and its JSON, so the figures can be
/// reproduced). Numbers are numeric cells (invariant, full precision) with a display format; texts are Danish.
/// </summary>
public static class InvestmentWorkbook
{
    /// <summary>The sheet names, in order.</summary>
    public static readonly IReadOnlyList<string> SheetNames = ["Resultat", "Pengestrømme", "Tornado", "Input", "Kilder"];

    /// <summary>Content type of the workbook.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Builds the workbook; <paramref name="input"/> and <paramref name="inputJson"/> fill the Input sheet.</summary>
    public static byte[] Build(InvestmentResult result, InvestmentCase? input = null, string? inputJson = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, sheet) in new[]
                     {
                         (SheetNames[0], ResultSheet(result)),
                         (SheetNames[1], FlowSheet(result)),
                         (SheetNames[2], TornadoSheet(result)),
                         (SheetNames[3], InputSheet(input, inputJson)),
                         (SheetNames[4], SourceSheet(inputJson)),
                     })
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.ToWorksheet();
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static SheetBuilder ResultSheet(InvestmentResult result)
    {
        var flows = result.CashFlows;
        var s = new SheetBuilder([34, 18, 18, 18, 12]);
        s.Row(Cell.Title(string.IsNullOrEmpty(result.Name) ? "Investeringscase" : result.Name));
        s.Row(Cell.Text("Beløb i kr."), Cell.Text(result.PriceYear is { } y ? "prisniveau " + y.ToString(CultureInfo.InvariantCulture) : "prisniveau ikke angivet"));
        s.Row(Cell.Text("Beregnet med"), Cell.Text(result.EngineVersion));
        s.Blank();
        s.Row(Cell.Header("Nøgletal"), Cell.Header("Værdi"));
        s.Row(Cell.Text("Nettonutidsværdi (NPV)"), Cell.Money(flows.Npv));
        s.Row(Cell.Text("Nutidsværdi af udgifter"), Cell.Money(flows.PvCosts));
        s.Row(Cell.Text("Nutidsværdi af gevinster"), Cell.Money(flows.PvBenefits));
        s.Row(Cell.Text("Gevinst pr. krone (BCR)"), Cell.Ratio(flows.Bcr));
        s.Row(Cell.Text("Break-even-år"), flows.BreakEvenYear is { } be ? Cell.Integer(be) : Cell.Text("aldrig"));
        s.Row(Cell.Text("Intern rente (IRR)"), Cell.Percent(flows.Irr));
        s.Row(Cell.Text("Break-even succesrate"), Cell.Percent(result.BreakEvenSuccessRate));

        Summaries(s, "Pr. budgetholder", flows.ByHolder);
        Summaries(s, "Pr. budgetgruppe", flows.ByHolderGroup);

        s.Blank();
        if (result.MonteCarlo is not { } mc)
        {
            s.Row(Cell.Header("Monte Carlo"), Cell.Text("ikke beregnet (0 træk)"));
            return s;
        }
        s.Row(Cell.Header("Monte Carlo"), Cell.Header("Værdi"));
        s.Row(Cell.Text("Antal træk"), Cell.Integer(mc.Draws));
        s.Row(Cell.Text("Seed"), Cell.Integer(mc.Seed));
        s.Row(Cell.Text("Gennemsnitlig NPV"), Cell.Money(mc.MeanNpv));
        s.Row(Cell.Text("Standardafvigelse"), Cell.Money(mc.SdNpv));
        s.Row(Cell.Text("5 %-fraktil"), Cell.Money(mc.P05));
        s.Row(Cell.Text("Median"), Cell.Money(mc.P50));
        s.Row(Cell.Text("95 %-fraktil"), Cell.Money(mc.P95));
        s.Row(Cell.Text("Sandsynlighed for positiv NPV"), Cell.Percent(mc.ProbabilityPositive));
        if (mc.Histogram is { } h)
        {
            s.Blank();
            s.Row(Cell.Header("Histogram: NPV fra"), Cell.Header("NPV til"), Cell.Header("Antal træk"));
            for (var i = 0; i < h.Counts.Count; i++)
            {
                s.Row(Cell.Money(h.Min + (i * h.BinWidth)), Cell.Money(i == h.Counts.Count - 1 ? h.Max : h.Min + ((i + 1) * h.BinWidth)), Cell.Integer(h.Counts[i]));
            }
        }
        return s;
    }

    private static void Summaries(SheetBuilder s, string title, IReadOnlyList<HolderSummary> rows)
    {
        s.Blank();
        s.Row(Cell.Header(title), Cell.Header("NPV"), Cell.Header("Nutidsværdi udgifter"), Cell.Header("Nutidsværdi gevinster"), Cell.Header("BCR"));
        foreach (var row in rows)
        {
            s.Row(Cell.Text(row.Holder), Cell.Money(row.Npv), Cell.Money(row.PvCosts), Cell.Money(row.PvBenefits), Cell.Ratio(row.Bcr));
        }
    }

    private static SheetBuilder FlowSheet(InvestmentResult result)
    {
        var flows = result.CashFlows;
        var s = new SheetBuilder([8, 28, 16, 16, 16, 18, 18]);
        s.Row(Cell.Header("År"), Cell.Header("Budgetholder"), Cell.Header("Udgifter"), Cell.Header("Gevinster"), Cell.Header("Netto"), Cell.Header("Tilbagediskonteret netto"));
        foreach (var row in flows.Years)
        {
            s.Row(Cell.Integer(row.Year), Cell.Text(row.Holder), Cell.Money(row.Costs), Cell.Money(row.Benefits), Cell.Money(row.Net), Cell.Money(row.DiscountedNet));
        }
        s.Blank();
        s.Row(Cell.Header("År"), Cell.Header("Budgetgruppe"), Cell.Header("Udgifter"), Cell.Header("Gevinster"), Cell.Header("Netto"), Cell.Header("Tilbagediskonteret netto"));
        foreach (var row in flows.YearsByHolderGroup)
        {
            s.Row(Cell.Integer(row.Year), Cell.Text(row.Holder), Cell.Money(row.Costs), Cell.Money(row.Benefits), Cell.Money(row.Net), Cell.Money(row.DiscountedNet));
        }
        s.Blank();
        s.Row(Cell.Header("År"), Cell.Header("Diskonteringsfaktor"), Cell.Header("Udgifter i alt"), Cell.Header("Gevinster i alt"), Cell.Header("Netto"), Cell.Header("Tilbagediskonteret netto"), Cell.Header("Akkumuleret"));
        foreach (var row in flows.Totals)
        {
            s.Row(Cell.Integer(row.Year), Cell.Decimal(row.DiscountFactor), Cell.Money(row.Costs), Cell.Money(row.Benefits), Cell.Money(row.Net), Cell.Money(row.DiscountedNet), Cell.Money(row.CumulativeDiscountedNet));
        }
        return s;
    }

    private static SheetBuilder TornadoSheet(InvestmentResult result)
    {
        var s = new SheetBuilder([34, 30, 14, 14, 14, 14, 16, 16, 16]);
        s.Row(Cell.Header("Parameter"), Cell.Header("JSON-sti"), Cell.Header("Grundlag"), Cell.Header("Værdi"), Cell.Header("Lav"), Cell.Header("Høj"),
            Cell.Header("NPV ved lav"), Cell.Header("NPV ved høj"), Cell.Header("Udsving"));
        foreach (var bar in result.Tornado)
        {
            s.Row(Cell.Text(bar.Parameter), Cell.Text(bar.Path), Cell.Text(bar.Basis), Cell.Decimal(bar.BaseValue), Cell.Decimal(bar.Low), Cell.Decimal(bar.High),
                Cell.Money(bar.NpvLow), Cell.Money(bar.NpvHigh), Cell.Money(bar.Swing));
        }
        if (result.Tornado.Count == 0)
        {
            s.Row(Cell.Text("Følsomhedsanalysen blev ikke beregnet."));
        }
        return s;
    }

    private static SheetBuilder InputSheet(InvestmentCase? input, string? inputJson)
    {
        var s = new SheetBuilder([30, 20, 16, 16, 12, 12, 12, 14, 40]);
        if (input is not null)
        {
            s.Row(Cell.Header("Parameter"), Cell.Header("Værdi"));
            s.Row(Cell.Text("Navn"), Cell.Text(input.Name));
            s.Row(Cell.Text("Prisår"), input.PriceYear is { } py ? Cell.Integer(py) : Cell.Text(""));
            s.Row(Cell.Text("Tidshorisont (år)"), Cell.Integer(input.HorizonYears));
            s.Row(Cell.Text("Diskonteringsrente"), Cell.Percent(input.DiscountRate));
            s.Row(Cell.Text("Deltagere"), Cell.Decimal(input.Participants));
            s.Row(Cell.Text("Succesrate"), Cell.Percent(input.SuccessRate));
            s.Row(Cell.Text("Dødvægt"), Cell.Percent(input.Deadweight));
            if (input.DiscountSchedule is { Count: > 0 } schedule)
            {
                s.Blank();
                s.Row(Cell.Header("Diskonteringstrin fra år"), Cell.Header("Rente"));
                foreach (var step in schedule)
                {
                    s.Row(Cell.Integer(step.FromYear), Cell.Percent(step.Rate));
                }
            }

            s.Blank();
            s.Row(Cell.Header("Udgifter: budgetholder"), Cell.Header("Fra år"), Cell.Header("Til år"), Cell.Header("Pr. deltager"));
            foreach (var cost in input.Costs)
            {
                s.Row(Cell.Text(cost.Holder), Cell.Integer(cost.FromYear), Cell.Integer(cost.ToYear), Cell.Money(cost.PerParticipant));
            }

            s.Blank();
            s.Row(Cell.Header("Udfald"), Cell.Header("Betegnelse"), Cell.Header("Basislinje pr. deltager"), Cell.Header("Budgetholder"), Cell.Header("Enhedspris"), Cell.Header("SE"));
            foreach (var outcome in input.Outcomes)
            {
                var baseline = outcome.Baseline.PerYear is { } perYear
                    ? Cell.Text(string.Join("; ", perYear.Select(v => v.ToString(CultureInfo.InvariantCulture))))
                    : Cell.Decimal(outcome.Baseline.Constant ?? 0);
                foreach (var price in outcome.Prices)
                {
                    s.Row(Cell.Text(outcome.Id), Cell.Text(outcome.Label ?? ""), baseline, Cell.Text(price.Holder), Cell.Money(price.UnitCost), Cell.Decimal(price.Se));
                }
            }

            s.Blank();
            s.Row(Cell.Header("Effekt på udfald"), Cell.Header("Relativ ændring"), Cell.Header("Absolut ændring"), Cell.Header("SE"), Cell.Header("Fra år"), Cell.Header("Til år"),
                Cell.Header("Aftagning pr. år"), Cell.Header("Kilde"), Cell.Header("Reference"));
            foreach (var effect in input.Effects)
            {
                s.Row(Cell.Text(effect.Outcome), Cell.Decimal(effect.RelativeChange), Cell.Decimal(effect.AbsoluteChange), Cell.Decimal(effect.Se), Cell.Integer(effect.FromYear),
                    Cell.Integer(effect.ToYear), Cell.Decimal(effect.DecayPerYear), Cell.Text(SourceLabel(effect.EffectSource)), Cell.Text(effect.Source ?? ""));
            }
        }

        if (!string.IsNullOrEmpty(inputJson))
        {
            s.Blank();
            s.Row(Cell.Header("Case (JSON) — indsæt igen for at genberegne"));
            foreach (var line in inputJson.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                s.Row(Cell.Text(line.Length > 32_000 ? line[..32_000] : line));
            }
        }
        return s;
    }

    /// <summary>
    /// Where each figure came from (<see cref="CaseProvenance"/>): one row per baseline, price set and effect with
    /// its kind in Danish, whether it is the municipality's own figure or a shipped catalogue default, and the details.
    /// </summary>
    private static SheetBuilder SourceSheet(string? inputJson)
    {
        var s = new SheetBuilder([14, 26, 30, 30, 12, 16, 90]);
        IReadOnlyList<FigureProvenance> figures = string.IsNullOrEmpty(inputJson) ? [] : CaseProvenance.Read(inputJson);
        s.Row(Cell.Title("Kilder til tallene"));
        s.Row(Cell.Text("Lokal = kommunens egne tal (egen evaluering, målgruppens historik eller indtastet lokalt tal). Katalog (standard) = vejledende standardtal, der bør erstattes."));
        s.Row(Cell.Text("Lokale tal"), Cell.Integer(figures.Count(f => f.IsLocal)), Cell.Text("Standardtal fra kataloget"), Cell.Integer(figures.Count(f => f.IsDefault)));
        s.Blank();
        s.Row(Cell.Header("Tal"), Cell.Header("Udfald"), Cell.Header("Sti i casen"), Cell.Header("Kilde"), Cell.Header("Lokal"), Cell.Header("Katalogets standard"), Cell.Header("Detaljer"));
        foreach (var f in figures)
        {
            s.Row(Cell.Text(FigureLabel(f.Figure)), Cell.Text(f.OutcomeId), Cell.Text(f.Path), Cell.Text(KindLabel(f.Kind)), Cell.Text(f.IsLocal ? "ja" : "nej"),
                Cell.Text(f.IsDefault ? "ja" : "nej"), Cell.Text(string.Join("; ", f.Details.Select(d => d.Key + ": " + d.Value))));
        }
        return s;
    }

    /// <summary>Danish label of a provenance kind (<see cref="ProvenanceKinds"/>).</summary>
    public static string KindLabel(string kind) => kind switch
    {
        ProvenanceKinds.CatalogueDefault => "katalog (standard)",
        ProvenanceKinds.MunicipalCatalogue => "kommunens katalog",
        ProvenanceKinds.LocalEvaluation => "lokal evaluering",
        ProvenanceKinds.TargetGroupHistory => "lokal (målgruppens historik)",
        ProvenanceKinds.LocalEntered => "lokal (indtastet)",
        ProvenanceKinds.Manual => "indtastet",
        _ => kind,
    };

    private static string FigureLabel(string figure) => figure switch
    {
        CaseProvenance.Baseline => "basislinje",
        CaseProvenance.Prices => "priser",
        CaseProvenance.Effect => "effekt",
        _ => figure,
    };

    /// <summary>Danish label of an effect's or baseline's source: "lokal", "katalog" or the text as given.</summary>
    public static string SourceLabel(string? source) => source switch
    {
        null or "" => "",
        "local" => "lokal",
        "catalogue" => "katalog",
        _ => source,
    };

    internal static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),                                                        // 0 general
            new CellFormat { FontId = 1, ApplyFont = true },                         // 1 header
            new CellFormat { FontId = 2, ApplyFont = true },                         // 2 title
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },         // 3 #,##0
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },        // 4 0.00%
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }));       // 5 0.00

    /// <summary>One cell: a text, or a number with a style index (see <see cref="Stylesheet"/>).</summary>
    internal readonly record struct Cell(string? TextValue, double? Number, uint Style)
    {
        public static Cell Text(string text) => new(text, null, 0);
        public static Cell Header(string text) => new(text, null, 1);
        public static Cell Title(string text) => new(text, null, 2);
        public static Cell Money(double value) => new(null, value, 3);
        public static Cell Percent(double? value) => value is { } v ? new(null, v, 4) : Text("");
        public static Cell Ratio(double? value) => value is { } v ? new(null, v, 5) : Text("");
        public static Cell Decimal(double? value) => value is { } v ? new(null, v, 0) : Text("");
        public static Cell Integer(long value) => new(null, value, 0);
    }

    internal sealed class SheetBuilder(double[] widths)
    {
        private readonly SheetData _data = new();
        private uint _row;

        public void Blank() => _row++;

        public void Row(params Cell[] cells)
        {
            _row++;
            var row = new Row { RowIndex = _row };
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i];
                var reference = ColumnName(i) + _row.ToString(CultureInfo.InvariantCulture);
                if (cell.Number is { } number)
                {
                    // Non-finite values (e.g. an undefined ratio) are left empty rather than written as text.
                    row.Append(double.IsFinite(number)
                        ? new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, StyleIndex = cell.Style, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) }
                        : new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference });
                }
                else
                {
                    row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell
                    {
                        CellReference = reference,
                        StyleIndex = cell.Style,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(cell.TextValue ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }
            }
            _data.Append(row);
        }

        public Worksheet ToWorksheet()
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Length; i++)
            {
                var index = (uint)(i + 1);
                columns.Append(new Column { Min = index, Max = index, Width = widths[i], CustomWidth = true });
            }
            return new Worksheet(columns, _data);
        }

        private static string ColumnName(int index)
        {
            var name = "";
            for (var n = index + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }
            return name;
        }
    }
}
