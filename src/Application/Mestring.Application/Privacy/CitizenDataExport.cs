using System.Text.Json.Nodes;
using Mestring.Domain.Organisation;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Application.Privacy;

/// <summary>
/// A citizen's access request (GDPR art. 15): everything the system holds about the person, as one JSON document —
/// the person, every table of citizen data (every entity that is <see cref="ICitizenData"/>, by the model, so a new
/// table is exported without a change here) and who has used the data (the access log). For the citizen themself and
/// for anyone with access to the citizen (the caseworker); refused is not-found, as everywhere. The export is a read
/// of the whole case and is audited as <c>read</c> of <c>data-export</c>.
/// </summary>
public sealed class CitizenDataExport(MestringDbContext db, CitizenAccess access, ICurrentUser user, TimeProvider clock)
{
    public const string Resource = "data-export";

    /// <summary>The export of the signed-in citizen's own data.</summary>
    public Task<Result<JsonObject>> MineAsync(CancellationToken ct) =>
        user.Role == Roles.Citizen && user.CitizenId is { } id ? ExportAsync(id, ct) : Task.FromResult<Result<JsonObject>>(Error.NotFound("citizen"));

    /// <summary>
    /// The export for the citizen themself or a caseworker with access. A provider or network member sees only part of a
    /// case, so the whole-case export is not theirs: not found, like a citizen one has no access to.
    /// </summary>
    public async Task<Result<JsonObject>> ExportAsync(Guid citizenId, CancellationToken ct)
    {
        if (user.Role is not (Roles.Caseworker or Roles.Citizen))
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, Resource, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var records = new JsonObject();
        foreach (var type in db.Model.GetEntityTypes()
                     .Where(t => typeof(ICitizenData).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.ClrType != typeof(Domain.Citizens.Citizen))
                     .OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            var rows = await RowsAsync(type, citizenId, ct);
            if (rows.Count > 0)
            {
                records[type.GetTableName() ?? type.ClrType.Name] = new JsonArray([.. rows.Select(r => (JsonNode)Row(type, r))]);
            }
        }
        var log = await db.AuditEntries.AsNoTracking().Where(a => a.CitizenId == citizenId)
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(ct);
        return new JsonObject
        {
            ["kind"] = "gdpr-article-15-export",
            ["citizenId"] = citizenId,
            ["generatedAt"] = clock.GetUtcNow(),
            ["generatedBy"] = user.UserName,
            ["citizen"] = Row(db.Model.FindEntityType(typeof(Domain.Citizens.Citizen))!, opened.Value.Citizen),
            ["records"] = records,
            ["accessLog"] = new JsonArray([.. log.Select(a => (JsonNode)new JsonObject
            {
                ["at"] = a.At,
                ["userName"] = a.UserName,
                ["role"] = a.Role,
                ["action"] = a.Action,
                ["resource"] = a.Resource,
                ["breakTheGlass"] = a.BreakTheGlass,
            })]),
        };
    }

    private Task<List<object>> RowsAsync(IEntityType type, Guid citizenId, CancellationToken ct) =>
        (Task<List<object>>)typeof(CitizenDataExport).GetMethod(nameof(RowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType).Invoke(null, [db, citizenId, ct])!;

    private static async Task<List<object>> RowsOfAsync<T>(MestringDbContext db, Guid citizenId, CancellationToken ct)
        where T : class, ICitizenData =>
        await db.Set<T>().AsNoTracking().Where(e => e.CitizenId == citizenId).Cast<object>().ToListAsync(ct);

    /// <summary>An entity's stored columns as JSON (names as in the model, camelCase).</summary>
    private static JsonObject Row(IEntityType type, object entity)
    {
        var row = new JsonObject();
        foreach (var property in type.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null))
        {
            var value = property.GetGetter().GetClrValue(entity);
            row[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = value switch
            {
                null => null,
                string s => s,
                bool b => b,
                int i => i,
                long l => l,
                decimal d => d,
                double x => double.IsFinite(x) ? x : null,
                Guid g => g,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset t => t,
                DateTime t => t,
                char c => c.ToString(),
                Enum e => e.ToString(),
                System.Collections.IEnumerable list => new JsonArray([.. list.Cast<object?>().Select(o => (JsonNode?)JsonValue.Create(Convert.ToString(o, CultureInfo.InvariantCulture)))]),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
        }
        return row;
    }
}
