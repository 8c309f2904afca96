using System.Text;

namespace Mestring.Registers.Tests;

public class ReaderErrorTests
{
    private static RegisterError ErrorOf(Func<IEnumerable<object>> read)
    {
        var e = Assert.Throws<RegisterFormatException>(() => read().ToList());
        return e.Error;
    }

    private static RegisterError PersonsError(string csv) =>
        ErrorOf(() => TestData.Reader().ReadPersons(TestData.Utf8(csv)).Cast<object>());

    private const string PersonsHeader = "person_id,birth_date,sex,mother_id,father_id,death_date\n";

    [Fact]
    public void BadDate_NamesFileLineColumnAndValue()
    {
        var error = PersonsError(PersonsHeader + "P1,1990-01-01,F,,,\nP2,2001-13-01,M,,,\n");
        Assert.Equal("persons.csv line 3, column birth_date: '2001-13-01' is not a valid date (yyyy-MM-dd)", error.Message);
        Assert.Equal(RegisterErrorKind.BadDate, error.Kind);
        Assert.Equal(("persons.csv", 3, "birth_date"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void DateInTheFuture_IsRejectedRelativeToInjectedToday()
    {
        var error = PersonsError(PersonsHeader + "P1,2025-06-02,F,,,\n");
        Assert.Equal("persons.csv line 2, column birth_date: '2025-06-02' is in the future (after 2025-06-01)", error.Message);
        Assert.Equal(RegisterErrorKind.FutureDate, error.Kind);
    }

    [Fact]
    public void YearInTheFuture_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadPersonYears(TestData.Utf8(
            "person_id,year,income_dkk,education_isced,benefit\nP1,2026,100,3,none\n")).Cast<object>());
        Assert.Equal("person_years.csv line 2, column year: '2026' is in the future (after 2025)", error.Message);
    }

    [Fact]
    public void UnknownPersonReference_InAnotherFile()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadHouseholdYears(TestData.Utf8(
            "person_id,year,household_id\nP1,2020,H1\nP9,2020,H1\n")).Cast<object>());
        Assert.Equal("household_years.csv line 3, column person_id: unknown person_id 'P9' (not in persons.csv or the database)", error.Message);
        Assert.Equal(RegisterErrorKind.UnknownReference, error.Kind);
    }

    [Fact]
    public void UnknownParent_InPersons_IsReportedAtItsLine()
    {
        var error = PersonsError(PersonsHeader + "P1,1990-01-01,F,,,\nP2,2010-01-01,M,P1,P7,\n");
        Assert.Equal("persons.csv line 3, column father_id: unknown person_id 'P7' (not in persons.csv or the database)", error.Message);
    }

    [Fact]
    public void ParentLaterInTheFile_IsAccepted()
    {
        var rows = TestData.Reader().ReadPersons(TestData.Utf8(PersonsHeader + "P2,2010-01-01,M,P1,,\nP1,1990-01-01,F,,,\n")).ToList();
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void UnknownProvider_InServices()
    {
        var error = ServicesError($"S1,P1,T9,SEL-85,{TestData.ServiceCode},2024-01-01,,hour,3,550");
        Assert.Equal("services.csv line 2, column provider_id: unknown provider_id 'T9' (not in providers.csv or the database)", error.Message);
    }

    private const string ServicesHeader = "service_id,person_id,provider_id,legal_basis,ffb_service_code,start_date,end_date,unit,units_per_week,unit_price_dkk\n";

    private static RegisterError ServicesError(string line) =>
        ErrorOf(() => TestData.Reader("P1").ReadServices(TestData.Utf8(ServicesHeader + line + "\n")).Cast<object>());

    [Fact]
    public void NegativeAmount_IsRejected()
    {
        var error = ServicesError($"S1,P1,T1,SEL-85,{TestData.ServiceCode},2024-01-01,,hour,3,-550.5");
        Assert.Equal("services.csv line 2, column unit_price_dkk: '-550.5' is negative (must be >= 0)", error.Message);
        Assert.Equal(RegisterErrorKind.NegativeAmount, error.Kind);
    }

    [Fact]
    public void NegativeUnitsPerWeek_IsRejected()
    {
        var error = ServicesError($"S1,P1,T1,SEL-85,{TestData.ServiceCode},2024-01-01,,hour,-3,550");
        Assert.Equal("services.csv line 2, column units_per_week: '-3' is negative (must be >= 0)", error.Message);
    }

    [Fact]
    public void NegativeCapacity_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader().ReadProviders(TestData.Utf8(
            "provider_id,name,cvr,ownership,tilbud_type,capacity,specialisation_level\nT1,Bostedet,12345678,public,herberg,-2,1\n")).Cast<object>());
        Assert.Equal("providers.csv line 2, column capacity: '-2' is negative (must be >= 0)", error.Message);
    }

    [Fact]
    public void NegativeIncome_IsAllowed_ForSelfEmployedLosses()
    {
        var rows = TestData.Reader("P1").ReadPersonYears(TestData.Utf8(
            "person_id,year,income_dkk,education_isced,benefit\nP1,2020,-12000,3,none\n")).ToList();
        Assert.Equal(-12000m, rows[0].IncomeDkk);
    }

    [Fact]
    public void NegativeQuantity_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadEvents(TestData.Utf8(
            "person_id,date,type,quantity\nP1,2024-01-01,ed_visit,-1\n")).Cast<object>());
        Assert.Equal("events.csv line 2, column quantity: '-1' is negative (must be >= 0)", error.Message);
    }

    [Fact]
    public void CodeNotInFfb_IsRejected()
    {
        var error = ServicesError("S1,P1,T1,SEL-85,00000000-0000-0000-0000-000000000000,2024-01-01,,hour,3,550");
        Assert.Equal("services.csv line 2, column ffb_service_code: '00000000-0000-0000-0000-000000000000' is not an FFB code", error.Message);
        Assert.Equal(RegisterErrorKind.CodeNotInFfb, error.Kind);
    }

    [Fact]
    public void FfbCodeFromTheWrongBranch_IsRejected()
    {
        var error = ServicesError($"S1,P1,T1,SEL-85,{TestData.ConditionCode},2024-01-01,,hour,3,550");
        Assert.Equal($"services.csv line 2, column ffb_service_code: '{TestData.ConditionCode}' is an FFB code but not an FFB ydelse (service)", error.Message);
    }

    [Fact]
    public void ConditionCodeNotInFfb_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadAssessments(TestData.Utf8(
            "person_id,date,ffb_condition_code,function_level,support_need\nP1,2024-01-01,nope,2,2\n")).Cast<object>());
        Assert.Equal("assessments.csv line 2, column ffb_condition_code: 'nope' is not an FFB code", error.Message);
    }

    [Theory]
    [InlineData("9", "'9' is out of range (0-4)")]
    [InlineData("x", "'x' is not a valid integer")]
    public void FunctionLevelOutOfRange_IsRejected(string level, string reason)
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadAssessments(TestData.Utf8(
            $"person_id,date,ffb_condition_code,function_level,support_need\nP1,2024-01-01,{TestData.ConditionCode},{level},2\n")).Cast<object>());
        Assert.Equal("assessments.csv line 2, column function_level: " + reason, error.Message);
        Assert.Equal(RegisterErrorKind.OutOfRange, error.Kind);
    }

    [Fact]
    public void IscedOutOfRange_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadPersonYears(TestData.Utf8(
            "person_id,year,income_dkk,education_isced,benefit\nP1,2020,100,9,none\n")).Cast<object>());
        Assert.Equal("person_years.csv line 2, column education_isced: '9' is out of range (0-8)", error.Message);
    }

    [Fact]
    public void UnknownBenefit_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadPersonYears(TestData.Utf8(
            "person_id,year,income_dkk,education_isced,benefit\nP1,2020,100,3,bistand\n")).Cast<object>());
        Assert.Equal("person_years.csv line 2, column benefit: 'bistand' is not one of: none, kontanthjaelp, uddannelseshjaelp, "
            + "foertidspension, dagpenge, sygedagpenge, fleksjob, ressourceforloeb, folkepension", error.Message);
    }

    [Fact]
    public void UnknownSex_IsRejected()
    {
        var error = PersonsError(PersonsHeader + "P1,1990-01-01,K,,,\n");
        Assert.Equal("persons.csv line 2, column sex: 'K' is not one of: F, M", error.Message);
    }

    [Fact]
    public void SpecialisationLevelOutOfRange_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader().ReadProviders(TestData.Utf8(
            "provider_id,name,cvr,ownership,tilbud_type,capacity,specialisation_level\nT1,Bostedet,12345678,public,herberg,20,4\n")).Cast<object>());
        Assert.Equal("providers.csv line 2, column specialisation_level: '4' is out of range (1-3)", error.Message);
    }

    [Fact]
    public void WrongColumnCount_NamesTheLine()
    {
        var error = PersonsError(PersonsHeader + "P1,1990-01-01,F,,,\nP2,1990-01-01,F,,\n");
        Assert.Equal("persons.csv line 3: expected 6 fields, found 5", error.Message);
        Assert.Equal(RegisterErrorKind.WrongColumnCount, error.Kind);
        Assert.Null(error.Column);
    }

    [Fact]
    public void MissingRequiredColumn_IsRejectedAtTheHeader()
    {
        var error = PersonsError("person_id,sex,mother_id,father_id,death_date\nP1,F,,,\n");
        Assert.Equal("persons.csv line 1, column birth_date: required column is missing from the header", error.Message);
        Assert.Equal(RegisterErrorKind.MissingColumn, error.Kind);
    }

    [Fact]
    public void DuplicateKey_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader("P1").ReadPersonYears(TestData.Utf8(
            "person_id,year,income_dkk,education_isced,benefit\nP1,2020,1,3,none\nP1,2021,1,3,none\nP1,2020,1,3,none\n")).Cast<object>());
        Assert.Equal("person_years.csv line 4, column person_id: duplicate key 'P1, 2020'", error.Message);
        Assert.Equal(RegisterErrorKind.DuplicateKey, error.Kind);
    }

    [Fact]
    public void InvalidUtf8_IsPinnedToLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(PersonsHeader + "P1,1990-01-01,F,,,\nP2,1990-01-01,F,,,\n").ToList();
        var at = bytes.LastIndexOf((byte)'P') + 1;
        bytes.Insert(at, 0xFF);
        var error = ErrorOf(() => TestData.Reader().ReadPersons(new MemoryStream(bytes.ToArray())).Cast<object>());
        Assert.Equal("persons.csv line 3, column person_id: invalid UTF-8 byte sequence", error.Message);
        Assert.Equal(RegisterErrorKind.InvalidUtf8, error.Kind);
    }

    [Fact]
    public void InvalidUtf8_InAnIgnoredColumn_IsStillAnError()
    {
        var bytes = Encoding.UTF8.GetBytes("person_id,note,birth_date,sex,mother_id,father_id,death_date\nP1,Bj?rn,1990-01-01,F,,,\n");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xF8;
        var error = ErrorOf(() => TestData.Reader().ReadPersons(new MemoryStream(bytes)).Cast<object>());
        Assert.Equal("persons.csv line 2, column note: invalid UTF-8 byte sequence", error.Message);
    }

    [Fact]
    public void EndBeforeStart_IsRejected()
    {
        var error = ServicesError($"S1,P1,T1,SEL-85,{TestData.ServiceCode},2024-01-01,2023-12-31,hour,3,550");
        Assert.Equal("services.csv line 2, column end_date: end_date '2023-12-31' is before start_date '2024-01-01'", error.Message);
    }

    [Fact]
    public void UnterminatedQuote_IsRejected()
    {
        var error = ErrorOf(() => TestData.Reader().ReadProviders(TestData.Utf8(
            "provider_id,name,cvr,ownership,tilbud_type,capacity,specialisation_level\nT1,\"Bostedet,12345678,public,herberg,20,1\n")).Cast<object>());
        Assert.Equal("providers.csv line 2, column name: unterminated quoted field", error.Message);
    }

    [Fact]
    public void EmptyRequiredValue_IsRejected()
    {
        var error = PersonsError(PersonsHeader + "P1,,F,,,\n");
        Assert.Equal("persons.csv line 2, column birth_date: a value is required", error.Message);
        Assert.Equal(RegisterErrorKind.MissingValue, error.Kind);
    }

    [Fact]
    public void EmptyFile_IsRejected()
    {
        var error = PersonsError("");
        Assert.Equal("persons.csv line 1: the file is empty (no header row)", error.Message);
    }
}
