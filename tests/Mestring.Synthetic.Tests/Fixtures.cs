using System.Text;
using Mestring.Registers;

namespace Mestring.Synthetic.Tests;

internal static class Fixtures
{
    /// <summary>A small municipality (fast) for shape and determinism tests.</summary>
    public static GeneratorOptions Small(ulong seed = 1) => new() { Inhabitants = 5_000, Years = 6, Seed = seed, LastYear = 2025 };

    /// <summary>The whole folder as one string per file, written the canonical way.</summary>
    public static Dictionary<string, byte[]> Csv(SyntheticMunicipality m)
    {
        var rows = m.ToRows();
        return new Dictionary<string, byte[]>
        {
            [RegisterExtractFolder.Persons] = Bytes(w => RegisterWriter.WritePersons(w, rows.Persons, presorted: true)),
            [RegisterExtractFolder.HouseholdYears] = Bytes(w => RegisterWriter.WriteHouseholdYears(w, rows.HouseholdYears, presorted: true)),
            [RegisterExtractFolder.PersonYears] = Bytes(w => RegisterWriter.WritePersonYears(w, rows.PersonYears, presorted: true)),
            [RegisterExtractFolder.Providers] = Bytes(w => RegisterWriter.WriteProviders(w, rows.Providers, presorted: true)),
            [RegisterExtractFolder.Services] = Bytes(w => RegisterWriter.WriteServices(w, rows.Services, presorted: true)),
            [RegisterExtractFolder.Events] = Bytes(w => RegisterWriter.WriteEvents(w, rows.Events, presorted: true)),
            [RegisterExtractFolder.Assessments] = Bytes(w => RegisterWriter.WriteAssessments(w, rows.Assessments, presorted: true)),
        };
    }

    private static byte[] Bytes(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = RegisterWriter.CreateTextWriter(stream, leaveOpen: true))
        {
            write(writer);
        }
        return stream.ToArray();
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
