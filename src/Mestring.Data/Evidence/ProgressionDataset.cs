using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Evidence;

/// <summary>One intervention with a before and an after rating of its addressed condition.</summary>
/// <param name="InterventionId">The intervention's register id (service_id) or its database id.</param>
/// <param name="InterventionType">legal basis | FFB ydelse | the provider's tilbud type.</param>
/// <param name="Method">The named method, or <c>CAU</c> when none or care as usual.</param>
/// <param name="ProviderId">The provider's register id (provider_id).</param>
/// <param name="Progression">Baseline function level − follow-up function level on the addressed condition (positive = better).</param>
/// <param name="Baseline">Baseline function level (0–4).</param>
/// <param name="Age50">1 when the citizen is 50 or older in the start year.</param>
/// <param name="Female">1 for sex 'K'/'F'.</param>
/// <param name="ProviderLevel">The provider's specialisation level (1–3).</param>
/// <param name="Area">The citizen's area (empty when unknown).</param>
public sealed record ProgressionRow(
    string InterventionId, string InterventionType, string Method, string ProviderId, double Progression,
    int Baseline, int Age50, int Female, int ProviderLevel, string Area);

/// <summary>
/// The progression data set of one municipality: one row per intervention that has a baseline and a follow-up rating
/// of the condition the intervention addresses.
/// <list type="bullet">
/// <item><b>Addressed condition</b>: per intervention type (legal basis, FFB ydelse, provider tilbud type) the FFB
/// condition rated most often in assessments dated on the interventions' start dates (the udredning at start rates
/// the addressed condition every time and a secondary one at random). Read from the data, not typed in.</item>
/// <item><b>Baseline</b>: the latest rating of that condition in [start − 14 days, start].</item>
/// <item><b>Follow-up</b>: the latest rating of that condition in [start + 90 days, min(start + 365 days, end)] — the
/// generator (and the practice it mimics) follows up at min(start + 1 year, end) when that is at least 90 days after
/// the start. A follow-up whose level is empty ("not assessed") drops the row; so does a missing baseline.</item>
/// <item><b>Outcome</b>: progression = baseline level − follow-up level (positive = better).</item>
/// </list>
/// Case mix: baseline level, age ≥ 50, sex, provider specialisation level, area. The provider is the register id.
/// </summary>
public static class ProgressionDataset
{
    /// <summary>Method name used for care as usual (and for interventions without a method).</summary>
    public const string CareAsUsual = "CAU";

    /// <summary>Reads the rows of one municipality (by code) from the database; null when the code is unknown.</summary>
    public static async Task<IReadOnlyList<ProgressionRow>?> LoadAsync(MestringDbContext db, string municipalityCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Code == municipalityCode).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (municipality is not { } mid)
        {
            return null;
        }

        var providers = await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == mid)
            .Select(p => new { p.Id, p.ExternalId, p.SpecialisationLevel, p.OfferType }).ToDictionaryAsync(p => p.Id, ct);
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == mid)
            .Select(c => new { c.Id, c.BirthDate, c.Sex, c.Area }).ToDictionaryAsync(c => c.Id, ct);
        var interventions = await db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == mid)
            .Select(i => new { i.Id, i.ExternalId, i.CitizenId, i.LegalBasis, i.ServiceCode, i.ProviderId, i.Method, i.Start, i.End })
            .ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.MunicipalityId == mid).ToListAsync(ct);

        // (citizen, condition) → ratings by date.
        var ratings = new Dictionary<(Guid, string), List<(DateOnly Date, int? Level)>>();
        var byCitizenDate = new Dictionary<(Guid, DateOnly), List<string>>();
        foreach (var a in assessments)
        {
            foreach (var item in a.Items)
            {
                if (!ratings.TryGetValue((a.CitizenId, item.ConditionCode), out var list))
                {
                    ratings[(a.CitizenId, item.ConditionCode)] = list = [];
                }
                list.Add((a.Date, item.FunctionLevel));
                if (!byCitizenDate.TryGetValue((a.CitizenId, a.Date), out var codes))
                {
                    byCitizenDate[(a.CitizenId, a.Date)] = codes = [];
                }
                codes.Add(item.ConditionCode);
            }
        }

        string TypeOf(string legalBasis, string service, Guid provider) =>
            string.Join(" | ", legalBasis, service, providers.TryGetValue(provider, out var p) ? p.OfferType : "");

        // Addressed condition per intervention type: the condition most often rated at the start.
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var i in interventions)
        {
            if (!byCitizenDate.TryGetValue((i.CitizenId, i.Start), out var codes))
            {
                continue;
            }
            var type = TypeOf(i.LegalBasis, i.ServiceCode, i.ProviderId);
            if (!counts.TryGetValue(type, out var c))
            {
                counts[type] = c = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            foreach (var code in codes)
            {
                c[code] = c.GetValueOrDefault(code) + 1;
            }
        }
        var addressed = counts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

        var rows = new List<ProgressionRow>();
        foreach (var i in interventions.OrderBy(i => i.ExternalId ?? i.Id.ToString(), StringComparer.Ordinal))
        {
            var type = TypeOf(i.LegalBasis, i.ServiceCode, i.ProviderId);
            if (!addressed.TryGetValue(type, out var condition) || !ratings.TryGetValue((i.CitizenId, condition), out var list)
                || !providers.TryGetValue(i.ProviderId, out var provider) || !citizens.TryGetValue(i.CitizenId, out var citizen))
            {
                continue;
            }
            var target = i.Start.AddDays(365);
            if (i.End is { } end && end < target)
            {
                target = end;
            }
            if (target < i.Start.AddDays(90))
            {
                continue;
            }
            (DateOnly Date, int? Level)? before = null, after = null;
            foreach (var r in list)
            {
                if (r.Date >= i.Start.AddDays(-14) && r.Date <= i.Start && (before is null || r.Date > before.Value.Date))
                {
                    before = r;
                }
                if (r.Date >= i.Start.AddDays(90) && r.Date <= target && (after is null || r.Date > after.Value.Date))
                {
                    after = r;
                }
            }
            if (before?.Level is not { } baseline || after?.Level is not { } followUp)
            {
                continue;
            }
            rows.Add(new ProgressionRow(
                i.ExternalId ?? i.Id.ToString(),
                type,
                string.IsNullOrWhiteSpace(i.Method) ? CareAsUsual : i.Method,
                provider.ExternalId,
                baseline - followUp,
                baseline,
                i.Start.Year - citizen.BirthDate.Year >= 50 ? 1 : 0,
                citizen.Sex is 'K' or 'F' or 'k' or 'f' ? 1 : 0,
                provider.SpecialisationLevel,
                citizen.Area ?? ""));
        }

        return rows;
    }

    /// <summary>
    /// The rows as columns for an evidence <c>Dataset</c> (Mestring.Data does not reference the engine): numeric columns <c>progression</c>, <c>baseline</c>, <c>age50</c>,
    /// <c>female</c>, <c>providerLevel</c>, <c>treat</c> (1 when the row's method is <paramref name="treatedMethod"/>),
    /// one 0/1 column per value of <paramref name="dummies"/> (named <c>prefix:value</c>, the first value left out as
    /// reference); text columns <c>provider</c>, <c>method</c>, <c>type</c>.
    /// </summary>
    public static (List<KeyValuePair<string, double[]>> Numeric, List<KeyValuePair<string, string[]>> Text) ToColumns(IReadOnlyList<ProgressionRow> rows, string? treatedMethod, params (string Prefix, Func<ProgressionRow, string> Value)[] dummies)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var numeric = new List<KeyValuePair<string, double[]>>
        {
            new("progression", rows.Select(r => r.Progression).ToArray()),
            new("baseline", rows.Select(r => (double)r.Baseline).ToArray()),
            new("age50", rows.Select(r => (double)r.Age50).ToArray()),
            new("female", rows.Select(r => (double)r.Female).ToArray()),
            new("providerLevel", rows.Select(r => (double)r.ProviderLevel).ToArray()),
            new("treat", rows.Select(r => string.Equals(r.Method, treatedMethod, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray()),
        };
        foreach (var (prefix, value) in dummies)
        {
            var levels = rows.Select(value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Skip(1);
            foreach (var level in levels)
            {
                numeric.Add(new(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{level}"),
                    rows.Select(r => string.Equals(value(r), level, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray()));
            }
        }
        var text = new List<KeyValuePair<string, string[]>>
        {
            new("provider", rows.Select(r => r.ProviderId).ToArray()),
            new("method", rows.Select(r => r.Method).ToArray()),
            new("type", rows.Select(r => r.InterventionType).ToArray()),
        };
        return (numeric, text);
    }
}
