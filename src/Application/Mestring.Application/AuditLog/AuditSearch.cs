using System.Text;
using Mestring.Domain.Audit;

namespace Mestring.Application.AuditLog;

/// <summary>
/// What to look for in the audit log. <c>Citizen</c> is a CPR number (with or without hyphen), a case number (e.g.
/// "D0001") or the citizen's id; <c>From</c>/<c>To</c> are Danish calendar days, both included.
/// </summary>
public sealed record AuditFilter(string? Citizen = null, string? UserName = null, string? Action = null, bool BreakTheGlassOnly = false,
    DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50);

/// <summary>An audit entry for reading: the person's display name and plain-Danish use; the citizen by case number only.</summary>
public sealed record AuditRowDto(long Id, DateTimeOffset At, string UserName, string Name, string Role, string RoleName, string? Organisation,
    string Action, string Resource, string Use, string? CaseNumber, string? Reason, bool BreakTheGlass);

public sealed record AuditPageDto(IReadOnlyList<AuditRowDto> Rows, int Total, int Page, int PageSize);

/// <summary>
/// The auditor's search of the log (the /revision page): by citizen (CPR, case number or id), user, kind of use,
/// period and break-the-glass, paged, and exported as CSV. The log shows the citizen by case number, never by name
/// or CPR (auditors review uses, not cases). Each search and each export is itself audited.
/// </summary>
public sealed class AuditSearch(MestringDbContext db, ICurrentUser user, AuditTrail audit)
{
    public const int MaxExport = 50_000;

    public async Task<Result<AuditPageDto>> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = await QueryAsync(filter, ct);
        if (!query.IsSuccess)
        {
            return query.Error;
        }
        var size = Math.Clamp(filter.PageSize, 10, 500);
        var page = Math.Max(1, filter.Page);
        var total = await query.Value.Query.CountAsync(ct);
        var rows = await query.Value.Query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var result = await ToRowsAsync(rows, ct);
        await audit.RecordAsync(AuditActions.Search, "audit-log", ct: ct);
        return new AuditPageDto(result, total, page, size);
    }

    /// <summary>The matching entries as CSV (UTF-8, semicolon-separated as Danish Excel reads it); the export is audited.</summary>
    public async Task<Result<string>> ExportCsvAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = await QueryAsync(filter, ct);
        if (!query.IsSuccess)
        {
            return query.Error;
        }
        var rows = await ToRowsAsync(await query.Value.Query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(MaxExport).ToListAsync(ct), ct);
        var csv = new StringBuilder("Tidspunkt (UTC);Brugernavn;Navn;Rolle;Organisation;Brug;Handling;Ressource;Sagsnummer;Nødadgang;Begrundelse\r\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(';', new[]
            {
                r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.UserName, r.Name, r.RoleName, r.Organisation ?? "",
                r.Use, r.Action, r.Resource, r.CaseNumber ?? "", r.BreakTheGlass ? "ja" : "nej", r.Reason ?? "",
            }.Select(Cell))).Append("\r\n");
        }
        audit.Add("export", "audit-log", reason: $"{rows.Count} poster eksporteret som CSV");
        await db.SaveChangesAsync(ct);
        return csv.ToString();
    }

    private async Task<Result<FilteredLog>> QueryAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Citizen))
        {
            var citizen = await FindCitizenAsync(filter.Citizen.Trim(), ct);
            if (citizen is null)
            {
                return Error.Invalid("citizen", "matches no citizen (write a CPR number, a case number or a citizen id)");
            }
            query = query.Where(a => a.CitizenId == citizen);
        }
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = filter.UserName.Trim();
            var ids = await db.Users.Where(u => u.MunicipalityId == user.MunicipalityId && (u.UserName == name || u.DisplayName == name)).Select(u => u.Id).ToListAsync(ct);
            query = query.Where(a => a.UserName == name || ids.Contains(a.UserId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }
        if (filter.BreakTheGlassOnly)
        {
            query = query.Where(a => a.BreakTheGlass);
        }
        if (filter.From is { } from)
        {
            var start = DanishCalendar.StartOf(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = DanishCalendar.StartOf(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        return new FilteredLog(query);
    }

    private async Task<Guid?> FindCitizenAsync(string text, CancellationToken ct)
    {
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        var digits = text.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length == 10 && digits.All(char.IsAsciiDigit))
        {
            return await db.Citizens.Where(c => c.Cpr == digits).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        }
        var upper = text.ToUpperInvariant();
        return await db.Citizens.Where(c => c.PersonId == text || c.PersonId == upper).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<IReadOnlyList<AuditRowDto>> ToRowsAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        var people = await AuditPeople.LookupAsync(db, rows.Select(r => r.UserId), ct);
        var citizenIds = rows.Select(r => r.CitizenId).OfType<Guid>().Distinct().ToList();
        var cases = await db.Citizens.Where(c => citizenIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.PersonId, ct);
        return [.. rows.Select(a =>
        {
            var person = AuditPeople.Of(people, a.UserId, a.UserName, a.Role);
            return new AuditRowDto(a.Id, a.At, a.UserName, person.Name, a.Role, AuditWords.Role(a.Role), person.Organisation, a.Action, a.Resource,
                AuditWords.Use(a.Action, a.Resource), a.CitizenId is { } c ? cases.GetValueOrDefault(c) : null, a.Reason, a.BreakTheGlass);
        })];
    }

    private sealed record FilteredLog(IQueryable<AuditEntry> Query);

    // A cell that Excel will not read as a formula, quoted when it holds the separator, a quote or a line break.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
