using System.Globalization;
using System.Text;
using Mestring.Evidence.Data;

namespace Mestring.Evidence.Benchmarks;

/// <summary>
/// The benchmark problem: n rows, 20 covariates (15 standard normal, 5 Bernoulli(0.4)), treatment from a logistic
/// model (≈ 25 % treated), outcome y = 2·T + Σ bⱼxⱼ + N(0, 1), so the true effect is 2.0. Seeded: the same CSV for
/// C# and R.
/// </summary>
internal static class SyntheticProblem
{
    public const int Covariates = 20;

    public static string[] CovariateNames { get; } = Enumerable.Range(1, Covariates).Select(j => string.Create(CultureInfo.InvariantCulture, $"x{j}")).ToArray();

    public static Dataset Generate(int n, long seed)
    {
        var rng = new Random(unchecked((int)seed));
        var x = new double[Covariates][];
        for (int j = 0; j < Covariates; j++)
        {
            x[j] = new double[n];
        }

        var t = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double eta = -1.4, mu = 0;
            for (int j = 0; j < Covariates; j++)
            {
                double v = j < 15 ? Gaussian(rng) : rng.NextDouble() < 0.4 ? 1 : 0;
                x[j][i] = v;
                double a = (j % 2 == 0 ? 0.25 : -0.15) * (j < 10 ? 1 : 0.5);
                double b = 0.5 + 0.1 * (j % 5);
                eta += a * v;
                mu += b * v;
            }

            t[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
            y[i] = 2.0 * t[i] + mu + Gaussian(rng);
        }

        var columns = new List<KeyValuePair<string, double[]>> { new("treat", t), new("y", y) };
        columns.AddRange(CovariateNames.Select((name, j) => new KeyValuePair<string, double[]>(name, x[j])));
        return new Dataset(columns);
    }

    public static void WriteCsv(Dataset data, TextWriter writer)
    {
        writer.WriteLine(string.Join(',', data.ColumnNames));
        var columns = data.ColumnNames.Select(data.Column).ToArray();
        var line = new StringBuilder();
        for (int i = 0; i < data.RowCount; i++)
        {
            line.Clear();
            for (int j = 0; j < columns.Length; j++)
            {
                if (j > 0)
                {
                    line.Append(',');
                }

                line.Append(columns[j][i].ToString("R", CultureInfo.InvariantCulture));
            }

            writer.WriteLine(line);
        }
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
