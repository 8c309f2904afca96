namespace Mestring.Registers.Tests;

public class ReaderLayoutTests
{
    [Fact]
    public void ColumnsInAnyOrder_WithUnknownExtras_AreReadByName()
    {
        const string csv = "sex,comment,death_date,person_id,father_id,birth_date,mother_id,area\n"
            + "F,\"says \"\"hi\"\", twice\",,P1,,1990-02-03,,Vestbyen\n"
            + "M,,2024-05-01,P2,,1950-07-08,,\n";
        var rows = TestData.Reader().ReadPersons(TestData.Utf8(csv)).ToList();
        Assert.Equal(new PersonRow("P1", new DateOnly(1990, 2, 3), Sex.F, null, null, null, "Vestbyen"), rows[0]);
        Assert.Equal(new PersonRow("P2", new DateOnly(1950, 7, 8), Sex.M, null, null, new DateOnly(2024, 5, 1)), rows[1]);
    }

    [Fact]
    public void CrLfLineEnds_AndBom_AreAccepted()
    {
        var csv = "\uFEFFperson_id,year,household_id\r\nP1,2020,H1\r\nP1,2021,H2\r\n";
        var rows = TestData.Reader("P1").ReadHouseholdYears(new StringReader(csv)).ToList();
        Assert.Equal([new HouseholdYearRow("P1", 2020, "H1"), new HouseholdYearRow("P1", 2021, "H2")], rows);
    }

    [Fact]
    public void QuotedFieldWithNewline_CountsPhysicalLines()
    {
        const string csv = "provider_id,name,cvr,ownership,tilbud_type,capacity,specialisation_level\n"
            + "T1,\"Line one\nline two\",,public,herberg,20,1\n"
            + "T2,Ok,,privat,herberg,20,1\n";
        var e = Assert.Throws<RegisterFormatException>(() => TestData.Reader().ReadProviders(TestData.Utf8(csv)).ToList());
        Assert.Equal("providers.csv line 4, column ownership: 'privat' is not one of: public, private, selvejende", e.Message);
    }

    [Fact]
    public void OtherEventTypes_AreAllowedAsTokens_ButNotFreeText()
    {
        var rows = TestData.Reader("P1").ReadEvents(TestData.Utf8("person_id,date,type,quantity\nP1,2024-01-01,dentist_visit,1\n")).ToList();
        Assert.Equal("dentist_visit", rows[0].Type);
        var e = Assert.Throws<RegisterFormatException>(() =>
            TestData.Reader("P1").ReadEvents(TestData.Utf8("person_id,date,type,quantity\nP1,2024-01-01,Dentist visit,1\n")).ToList());
        Assert.Equal("events.csv line 2, column type: 'Dentist visit' is not an event type (lower-case letters, digits and '_', e.g. acute_admission)", e.Message);
    }

    [Fact]
    public void Batches_DeliverAllRows()
    {
        var csv = "person_id,year,household_id\n" + string.Concat(Enumerable.Range(2000, 25).Select(y => $"P1,{y},H1\n"));
        var sizes = new List<int>();
        RegisterReader.ReadBatches(TestData.Reader("P1").ReadHouseholdYears(TestData.Utf8(csv)), 10, b => sizes.Add(b.Count));
        Assert.Equal([10, 10, 5], sizes);
    }

    [Fact]
    public void RowsBeforeABadLine_AreStreamed_ThenTheErrorStopsTheFile()
    {
        var seen = new List<string>();
        var e = Assert.Throws<RegisterFormatException>(() =>
        {
            foreach (var row in TestData.Reader().ReadPersons(TestData.Utf8(
                "person_id,birth_date,sex,mother_id,father_id,death_date\nP1,1990-01-01,F,,,\nP2,1990-01-01,X,,,\n")))
            {
                seen.Add(row.PersonId);
            }
        });
        Assert.Equal(["P1"], seen);
        Assert.Equal(3, e.Error.Line);
    }
}
