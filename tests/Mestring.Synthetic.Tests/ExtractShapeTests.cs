using Mestring.Registers;

namespace Mestring.Synthetic.Tests;

public class ExtractShapeTests
{
    private static readonly SyntheticMunicipality Municipality = SyntheticMunicipality.Generate(Fixtures.Small(3));

    [Fact]
    public void GeneratedFolder_PassesTheStrictReader_AndRoundTripsByteIdentically()
    {
        var csv = Fixtures.Csv(Municipality);
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var providers = new HashSet<string>(StringComparer.Ordinal);
        var reader = new RegisterReader(new RegisterReaderOptions
        {
            Today = new DateOnly(2025, 12, 31),
            IsKnownPerson = persons.Contains,
            IsKnownProvider = providers.Contains,
        });
        foreach (var p in reader.ReadPersons(new MemoryStream(csv["persons.csv"])))
        {
            persons.Add(p.PersonId);
        }
        foreach (var p in reader.ReadProviders(new MemoryStream(csv["providers.csv"])))
        {
            providers.Add(p.ProviderId);
        }
        var again = new Dictionary<string, string>
        {
            ["persons.csv"] = Write(w => RegisterWriter.WritePersons(w, reader.ReadPersons(new MemoryStream(csv["persons.csv"])))),
            ["household_years.csv"] = Write(w => RegisterWriter.WriteHouseholdYears(w, reader.ReadHouseholdYears(new MemoryStream(csv["household_years.csv"])))),
            ["person_years.csv"] = Write(w => RegisterWriter.WritePersonYears(w, reader.ReadPersonYears(new MemoryStream(csv["person_years.csv"])))),
            ["providers.csv"] = Write(w => RegisterWriter.WriteProviders(w, reader.ReadProviders(new MemoryStream(csv["providers.csv"])))),
            ["services.csv"] = Write(w => RegisterWriter.WriteServices(w, reader.ReadServices(new MemoryStream(csv["services.csv"])))),
            ["events.csv"] = Write(w => RegisterWriter.WriteEvents(w, reader.ReadEvents(new MemoryStream(csv["events.csv"])))),
            ["assessments.csv"] = Write(w => RegisterWriter.WriteAssessments(w, reader.ReadAssessments(new MemoryStream(csv["assessments.csv"])))),
        };
        foreach (var (file, text) in again)
        {
            Assert.Equal(Fixtures.Text(csv[file]), text);
        }
    }

    private static string Write(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = RegisterWriter.CreateTextWriter(stream, leaveOpen: true))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void EveryFile_HasRows_AndEveryNamedEventTypeOccurs()
    {
        Assert.All(Municipality.RowCounts, kv => Assert.True(kv.Value > 0, kv.Key));
        var types = Municipality.Events().Select(e => e.Type).ToHashSet();
        Assert.All(EventTypes.Named, t => Assert.Contains(t, types));
    }

    [Fact]
    public void Services_CoverTheNamedLegalBases_AndMethods()
    {
        var services = Municipality.Services().ToList();
        var bases = services.Select(s => s.LegalBasis).ToHashSet();
        foreach (var b in new[] { "SEL-85", "SEL-107", "SEL-108", "SEL-104", "SEL-103", "SEL-110", "SEL-82b", "SEL-101", "BL-32", "BL-46", "BL-47" })
        {
            Assert.Contains(b, bases);
        }
        var methods = services.Select(s => s.Method).ToHashSet();
        foreach (var m in new[] { "CAU", "Housing First", "Critical Time Intervention", "IPS", "FIT", "PMTO", "De Utrolige År", "MST" })
        {
            Assert.Contains(m, methods);
        }
    }

    [Fact]
    public void Herberg_TakstStaysUnderTheTakstloft_ExceptThePlantedAnomaly()
    {
        var anomalous = Municipality.Truth.Anomalies.Where(a => a.Kind is "takst-above-peers" or "takstloft-breach").Select(a => a.ProviderId).ToHashSet();
        var herberg = Municipality.Providers().Where(p => p.TilbudType == "herberg").Select(p => p.ProviderId).ToHashSet();
        foreach (var s in Municipality.Services().Where(s => herberg.Contains(s.ProviderId)))
        {
            Assert.True(anomalous.Contains(s.ProviderId) || s.UnitPriceDkk <= 2322m, $"{s.ServiceId} at {s.ProviderId}: {s.UnitPriceDkk}");
        }
    }

    [Fact]
    public void DemoCandidates_AreExistingPeople()
    {
        var ids = Municipality.Persons().Select(p => p.PersonId).ToHashSet();
        Assert.NotEmpty(Municipality.DemoCandidates);
        Assert.All(Municipality.DemoCandidates, c => Assert.Contains(c.PersonId, ids));
    }
}
