using Mestring.Evidence.Data;
using Mestring.Evidence.Errors;

namespace Mestring.Evidence.Tests.Data;

public sealed class DatasetCsvReaderTests
{
    [Fact]
    public void Read_WithHeader_ParsesNumbersInInvariantCulture()
    {
        var result = DatasetCsvReader.Read(new StringReader("t,y\n1,2.5\n0,-1e3\n"));

        Assert.True(result.IsSuccess);
        Assert.Equal([1, 0], result.Value.Column("t"));
        Assert.Equal([2.5, -1000], result.Value.Column("y"));
    }

    [Fact]
    public void Read_WithTextColumnAndSelectedNumerics_IgnoresOtherColumns()
    {
        var csv = "id,provider,y,notes\n1,\"A, north\",3,hello\n2,B,4,x\n";
        var result = DatasetCsvReader.Read(new StringReader(csv), new CsvReadOptions { NumericColumns = ["y"], TextColumns = ["provider"] });

        Assert.True(result.IsSuccess);
        Assert.Equal(["A, north", "B"], result.Value.TextColumn("provider")!);
        Assert.False(result.Value.HasNumericColumn("id"));
    }

    [Fact]
    public void Read_MissingColumn_NamesTheColumnAndListsAvailable()
    {
        var result = DatasetCsvReader.Read(new StringReader("t,y\n1,2\n"), new CsvReadOptions { NumericColumns = ["t", "age"] });

        Assert.Equal(EvidenceErrorCode.MissingColumn, result.Error!.Code);
        Assert.Contains("'age'", result.Error.Message);
        Assert.Contains("t, y", result.Error.Message);
    }

    [Fact]
    public void Read_NonNumericValue_NamesLineAndColumn()
    {
        var result = DatasetCsvReader.Read(new StringReader("t,y\n1,2\n0,NA\n"));

        Assert.Equal(EvidenceErrorCode.NonNumericValue, result.Error!.Code);
        Assert.Contains("Line 3", result.Error.Message);
        Assert.Contains("column 'y'", result.Error.Message);
        Assert.Contains("'NA'", result.Error.Message);
    }

    [Fact]
    public void Read_DanishDecimalComma_IsRejectedNotMisread()
    {
        var result = DatasetCsvReader.Read(new StringReader("t;y\n1;2,5\n"), new CsvReadOptions { Delimiter = ';' });

        Assert.Equal(EvidenceErrorCode.NonNumericValue, result.Error!.Code);
        Assert.Contains("'2,5'", result.Error.Message);
    }

    [Fact]
    public void Read_EmptyCell_IsReportedAsEmptyValue()
    {
        var result = DatasetCsvReader.Read(new StringReader("t,y\n1,\n"));

        Assert.Equal(EvidenceErrorCode.NonNumericValue, result.Error!.Code);
        Assert.Contains("an empty value", result.Error.Message);
    }

    [Fact]
    public void Read_WrongFieldCount_NamesTheLine()
    {
        var result = DatasetCsvReader.Read(new StringReader("t,y\n1,2\n1,2,3\n"));

        Assert.Equal(EvidenceErrorCode.MalformedCsv, result.Error!.Code);
        Assert.Contains("Line 3", result.Error.Message);
    }

    [Fact]
    public void Read_EmptyText_IsMalformed()
    {
        Assert.Equal(EvidenceErrorCode.MalformedCsv, DatasetCsvReader.Read(new StringReader("")).Error!.Code);
    }
}
