namespace Mestring.Registers.Tests;

/// <summary>invoices.csv and supervision_assessments.csv: read, validated with line numbers, written canonically.</summary>
public class InvoiceFileTests
{
    private const string Header = "invoice_id,provider_id,person_id,service_id,period_start,period_end,unit,units,amount_dkk,invoice_date\n";

    private static RegisterReader Reader() => new(new RegisterReaderOptions
    {
        Today = TestData.Today,
        IsKnownPerson = id => id == "P1",
        IsKnownProvider = id => id == "T1",
        IsKnownService = id => id == "S1",
    });

    private static RegisterError ErrorOf(string csv) =>
        Assert.Throws<RegisterFormatException>(() => Reader().ReadInvoices(TestData.Utf8(Header + csv)).ToList()).Error;

    [Fact]
    public void ValidInvoices_RoundTripCanonically()
    {
        var csv = Header + "I1,T1,P1,S1,2025-01-01,2025-01-31,day,31,46500.00,2025-02-01\nI2,T1,P1,,2025-02-01,2025-02-28,hour,12.5,6875,2025-03-01\n";
        var rows = Reader().ReadInvoices(TestData.Utf8(csv)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[1].ServiceId);
        Assert.Equal(ServiceUnit.Hour, rows[1].Unit);
        var written = TestData.Write(w => RegisterWriter.WriteInvoices(w, rows));
        Assert.Equal(csv.Replace("46500.00", "46500", StringComparison.Ordinal), written);
        Assert.Equal(Header.TrimEnd('\n'), RegisterWriter.HeaderOf(RegisterExtractFolder.Invoices));
    }

    [Fact]
    public void UnknownService_NamesLineAndColumn()
    {
        var error = ErrorOf("I1,T1,P1,S1,2025-01-01,2025-01-31,day,31,100,2025-02-01\nI2,T1,P1,S9,2025-01-01,2025-01-31,day,31,100,2025-02-01\n");
        Assert.Equal("invoices.csv line 3, column service_id: unknown service_id 'S9' (not in services.csv or the database)", error.Message);
        Assert.Equal(RegisterErrorKind.UnknownReference, error.Kind);
    }

    [Theory]
    [InlineData("I1,T9,P1,,2025-01-01,2025-01-31,day,31,100,2025-02-01", "provider_id")]
    [InlineData("I1,T1,P9,,2025-01-01,2025-01-31,day,31,100,2025-02-01", "person_id")]
    [InlineData("I1,T1,P1,,2025-01-31,2025-01-01,day,31,100,2025-02-01", "period_end")]
    [InlineData("I1,T1,P1,,2025-01-01,2025-01-31,day,-1,100,2025-02-01", "units")]
    [InlineData("I1,T1,P1,,2025-01-01,2025-01-31,day,31,-100,2025-02-01", "amount_dkk")]
    [InlineData("I1,T1,P1,,2025-01-01,2025-01-31,days,31,100,2025-02-01", "unit")]
    [InlineData("I1,T1,P1,,2025-01-01,2025-01-31,day,31,100,2025-07-01", "invoice_date")]
    public void BadValues_NameTheColumn(string line, string column)
    {
        var error = ErrorOf(line + "\n");
        Assert.Equal(("invoices.csv", 2, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void SupervisionAssessments_ScoreOutOfRange_AndDuplicateKey()
    {
        const string head = "provider_id,date,theme,score\n";
        var range = Assert.Throws<RegisterFormatException>(() => Reader().ReadSupervisionAssessments(TestData.Utf8(head + "T1,2024-03-01,health_wellbeing,6\n")).ToList()).Error;
        Assert.Equal("supervision_assessments.csv line 2, column score: '6' is out of range (1-5)", range.Message);
        var duplicate = Assert.Throws<RegisterFormatException>(() => Reader().ReadSupervisionAssessments(TestData.Utf8(
            head + "T1,2024-03-01,competences,3\nT1,2024-03-01,competences,4\n")).ToList()).Error;
        Assert.Equal(RegisterErrorKind.DuplicateKey, duplicate.Kind);
        Assert.Equal(3, duplicate.Line);
    }
}
