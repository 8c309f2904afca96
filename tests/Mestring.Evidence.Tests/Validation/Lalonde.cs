using Mestring.Evidence.Data;

namespace Mestring.Evidence.Tests.Validation;

/// <summary>Loads the NSW/CPS files from ../shared/data/lalonde beside the repository and adds the Dehejia–Wahba terms.</summary>
internal static class Lalonde
{
    public static readonly string[] Raw = ["treat", "age", "educ", "black", "hisp", "marr", "nodegree", "re74", "re75", "re78"];

    /// <summary>Dehejia–Wahba covariates: age, age², educ, educ², black, hisp, marr, nodegree, re74, re75, re74², re75², u74, u75.</summary>
    public static readonly string[] DwCovariates =
        ["age", "age2", "educ", "educ2", "black", "hisp", "marr", "nodegree", "re74", "re75", "re74sq", "re75sq", "u74", "u75"];

    private static readonly Lazy<string> Directory = new(Locate);

    public static Dataset Experimental() => WithDerived(Read("nsw_dw.csv"));

    /// <summary>The 185 NSW treated plus all 15,992 CPS-1 comparison rows.</summary>
    public static Dataset Observational()
    {
        var nsw = Read("nsw_dw.csv");
        var treated = nsw.Where(i => nsw.Column("treat")[i] == 1);
        return WithDerived(Dataset.Concat(treated, Read("nsw_cps.csv")));
    }

    private static Dataset Read(string file)
    {
        using var reader = new StreamReader(Path.Combine(Directory.Value, file));
        var result = DatasetCsvReader.Read(reader, new CsvReadOptions { NumericColumns = Raw, TextColumns = ["data_id"] });
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
    }

    private static Dataset WithDerived(Dataset d)
    {
        double[] Map(string c, Func<double, double> f) => Array.ConvertAll(d.Column(c), v => f(v));
        return d.WithColumn("age2", Map("age", v => v * v))
            .WithColumn("educ2", Map("educ", v => v * v))
            .WithColumn("re74sq", Map("re74", v => v * v))
            .WithColumn("re75sq", Map("re75", v => v * v))
            .WithColumn("u74", Map("re74", v => v == 0 ? 1 : 0))
            .WithColumn("u75", Map("re75", v => v == 0 ? 1 : 0));
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "lalonde");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Could not find shared/data/lalonde above " + AppContext.BaseDirectory);
    }
}
