using Mestring.Data.Bulk;
using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.Providers;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mestring.Application.Registers;

/// <summary>
/// The municipality's register ids → database ids (person_id → citizen, provider_id → provider, (citizen, date) →
/// assessment), read once per file without the change tracker and forgotten when a file changes them.
/// </summary>
internal sealed class RegisterIdMaps(MestringDbContext db, RegisterTables tables, Guid municipalityId)
{
    private Dictionary<string, Guid>? _citizens;
    private Dictionary<string, Guid>? _providers;

    // Read and written by the parsing thread only (one file at a time); a record so the pair is replaced atomically.
    private sealed record LastCitizen(string PersonId, Guid Id);

    private LastCitizen? _lastCitizen;

    public Dictionary<string, Guid> Citizens => _citizens ??= LoadIds(tables.CitizenTable, nameof(Citizen.PersonId));

    public Dictionary<string, Guid> Providers => _providers ??= LoadIds(tables.ProviderTable, nameof(Provider.ExternalId));

    private Dictionary<string, Guid>? _services;

    /// <summary>service_id → intervention (register interventions only; read for invoices.csv, not for every file).</summary>
    public Dictionary<string, Guid> Services => _services ??= LoadIds(tables.InterventionTable, nameof(Intervention.ExternalId));

    /// <summary>services.csv changed the interventions: read them again when next needed.</summary>
    public void ForgetServices() => _services = null;

    public Guid ServiceOf(string serviceId) =>
        Services.TryGetValue(serviceId, out var id) ? id : throw new InvalidOperationException($"unknown service_id '{serviceId}' (not in services.csv or the database)");

    /// <summary>Loads both maps now (nothing else may run on the connection during a COPY).</summary>
    public void Preload()
    {
        _ = Citizens;
        _ = Providers;
    }

    /// <summary>persons.csv changed the citizens: read them again when next needed.</summary>
    public void ForgetCitizens()
    {
        _citizens = null;
        _lastCitizen = null;
    }

    /// <summary>providers.csv changed the providers: read them again when next needed.</summary>
    public void ForgetProviders() => _providers = null;

    public Guid CitizenOf(string personId)
    {
        // Consecutive rows of one person come as the same string instance from the reader: reuse the last lookup.
        var last = _lastCitizen;
        if (last is not null && ReferenceEquals(last.PersonId, personId))
        {
            return last.Id;
        }
        var id = Citizens.TryGetValue(personId, out var found) ? found
            : throw new InvalidOperationException($"unknown person_id '{personId}' (not in persons.csv or the database)");
        _lastCitizen = new LastCitizen(personId, id);
        return id;
    }

    public Guid ProviderOf(string providerId) =>
        Providers.TryGetValue(providerId, out var id) ? id : throw new InvalidOperationException($"unknown provider_id '{providerId}' (not in providers.csv or the database)");

    private Dictionary<string, Guid> LoadIds(MappedTable table, string externalId)
    {
        var map = new Dictionary<string, Guid>(StringComparer.Ordinal);
        Read(MunicipalityRows.Select(table, externalId, nameof(TenantEntity.Id)), reader =>
        {
            if (!reader.IsDBNull(0))
            {
                map[reader.GetString(0)] = DbValues.Guid(reader, 1);
            }
        });
        return map;
    }

    /// <summary>The municipality's assessments by (citizen, date); the first by id where a day has several.</summary>
    public Dictionary<(Guid Citizen, DateOnly Date), Guid> Assessments()
    {
        var a = tables.AssessmentTable;
        var map = new Dictionary<(Guid, DateOnly), Guid>();
        Read(MunicipalityRows.Select(a, nameof(Assessment.CitizenId), nameof(Assessment.Date), nameof(TenantEntity.Id)) + $" ORDER BY {a[nameof(TenantEntity.Id)]}",
            reader => map.TryAdd((DbValues.Guid(reader, 0), DbValues.Date(reader, 1)), DbValues.Guid(reader, 2)));
        return map;
    }

    private void Read(string sql, Action<System.Data.Common.DbDataReader> row) => MunicipalityRows.Read(db, municipalityId, sql, row);
}
