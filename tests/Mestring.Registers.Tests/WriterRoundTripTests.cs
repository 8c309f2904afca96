namespace Mestring.Registers.Tests;

public class WriterRoundTripTests
{
    private static readonly PersonRow[] Persons =
    [
        new("P2", new DateOnly(2010, 3, 4), Sex.M, "P1", null, null, "Nord"),
        new("P1", new DateOnly(1980, 1, 31), Sex.F, null, null, new DateOnly(2024, 12, 1), "Syd, øst"),
    ];

    [Fact]
    public void Writer_SortsByKey_UsesCanonicalColumnsAndLf()
    {
        var text = TestData.Write(w => RegisterWriter.WritePersons(w, Persons));
        Assert.Equal(
            "person_id,birth_date,sex,mother_id,father_id,death_date,area\n"
            + "P1,1980-01-31,F,,,2024-12-01,\"Syd, øst\"\n"
            + "P2,2010-03-04,M,P1,,,Nord\n", text);
    }

    [Fact]
    public void Decimals_AreWrittenWithoutTrailingZerosOrExponent()
    {
        var text = TestData.Write(w => RegisterWriter.WritePersonYears(w,
        [
            new("P1", 2020, 1250.00m, 3, Benefit.None),
            new("P1", 2021, -0.50m, null, null),
            new("P1", 2022, 12345678901234.5m, 8, Benefit.Folkepension),
            new("P1", 2023, 0.0000m, 1, Benefit.Kontanthjaelp),
        ], presorted: true));
        Assert.Equal("person_id,year,income_dkk,education_isced,benefit\nP1,2020,1250,3,none\nP1,2021,-0.5,,\n"
            + "P1,2022,12345678901234.5,8,folkepension\nP1,2023,0,1,kontanthjaelp\n", text);
    }

    [Fact]
    public void PresortedRowsOutOfOrder_AreRefused()
    {
        Assert.Throws<InvalidOperationException>(() => TestData.Write(w => RegisterWriter.WritePersons(w, Persons, presorted: true)));
    }

    [Fact]
    public void WriteReadWrite_IsByteIdentical_ForEveryFile()
    {
        var reader = TestData.Reader("P1", "P2");
        var theme = new SupervisionScores(1, 2, 3, 4, 5, null, 3);
        Check(w => RegisterWriter.WritePersons(w, Persons), s => RegisterWriter.WritePersons(s.w, TestData.Reader().ReadPersons(s.r)));
        Check(w => RegisterWriter.WriteHouseholdYears(w, [new("P1", 2020, "H1", "Nord"), new("P2", 2020, "H1")]),
            s => RegisterWriter.WriteHouseholdYears(s.w, reader.ReadHouseholdYears(s.r)));
        Check(w => RegisterWriter.WritePersonYears(w, [new("P1", 2020, 312456.75m, 4, Benefit.Fleksjob), new("P2", 2020, null, null, null)]),
            s => RegisterWriter.WritePersonYears(s.w, reader.ReadPersonYears(s.r)));
        Check(w => RegisterWriter.WriteProviders(w,
            [
                new("T1", "Bostedet \"Lyngen\"", "12345678", Ownership.Private, "botilbud_midlertidigt", 12, 2, "O1", "L1", theme, false),
                new("T2", "Herberget", null, Ownership.Selvejende, "herberg", null, null),
            ]),
            s => RegisterWriter.WriteProviders(s.w, reader.ReadProviders(s.r)));
        Check(w => RegisterWriter.WriteServices(w,
            [
                new("S1", "P1", "T1", "SEL-107", TestData.ServiceCode, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), ServiceUnit.Day, 7m,
                    2321.5m, "Housing First", 2, TestData.TargetGroupCode),
                new("S2", "P2", "T2", "SEL-82b", TestData.ServiceCode, new DateOnly(2025, 1, 1), null, ServiceUnit.Hour, 1.25m, null),
            ]),
            s => RegisterWriter.WriteServices(s.w, reader.ReadServices(s.r)));
        Check(w => RegisterWriter.WriteEvents(w,
            [new("P1", new DateOnly(2024, 2, 1), EventTypes.ShelterNight, 12m, "T2"), new("P1", new DateOnly(2024, 2, 1), EventTypes.EdVisit, 1m)]),
            s => RegisterWriter.WriteEvents(s.w, reader.ReadEvents(s.r)));
        Check(w => RegisterWriter.WriteAssessments(w,
            [new("P1", new DateOnly(2024, 2, 1), TestData.ConditionCode, 3, 2), new("P2", new DateOnly(2024, 2, 1), TestData.ConditionCode, null, null)]),
            s => RegisterWriter.WriteAssessments(s.w, reader.ReadAssessments(s.r)));
    }

    private static void Check(Action<TextWriter> write, Action<(Stream r, TextWriter w)> readThenWrite)
    {
        var first = TestData.Write(write);
        var second = TestData.Write(w => readThenWrite((TestData.Utf8(first), w)));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Folder_ListsSevenFilesWithPersonsFirst()
    {
        Assert.Equal(9, RegisterExtractFolder.LoadOrder.Count);
        Assert.Equal(RegisterExtractFolder.Persons, RegisterExtractFolder.LoadOrder[0]);
        Assert.Equal(["person_id", "year", "household_id"], RegisterExtractFolder.RequiredColumnsOf(RegisterExtractFolder.HouseholdYears));
    }
}
