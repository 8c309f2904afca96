using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Globalization;
using System.Text.Json;
using Mestring.Data;
using Mestring.Domain.Audit;
using Mestring.Domain.Common;
using Mestring.Domain.Investments;
using Mestring.Economics.Catalogue;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Investments;

/// <summary>
/// The municipality's own copy of the investment knowledge catalogue: seeded from the shipped default on
/// first use, editable by managers and administrators, validated before it is stored.
/// </summary>
public sealed class InvestmentCatalogues(MestringDbContext db, CurrentUser user, TimeProvider clock)
{
    /// <summary>The municipality's catalogue JSON, created from the shipped default on first use.</summary>
    public async Task<string> JsonAsync(CancellationToken ct)
    {
        var copy = await db.InvestmentCatalogues.AsNoTracking().FirstOrDefaultAsync(ct);
        if (copy is not null)
        {
            return copy.CatalogueJson;
        }
        var municipality = user.MunicipalityId is { } id && id != Guid.Empty ? id : throw new DomainException("tenant.missing", "The user belongs to no municipality.");
        var json = KnowledgeCatalogue.DefaultJson();
        db.InvestmentCatalogues.Add(new InvestmentCatalogueCopy(municipality, json, "system", clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded it first (unique per municipality): use theirs.
            db.ChangeTracker.Clear();
            return (await db.InvestmentCatalogues.AsNoTracking().FirstAsync(ct)).CatalogueJson;
        }
        return json;
    }

    /// <summary>The municipality's catalogue, parsed.</summary>
    public async Task<KnowledgeCatalogue> GetAsync(CancellationToken ct)
    {
        var json = await JsonAsync(ct);
        try
        {
            return KnowledgeCatalogue.Parse(json);
        }
        catch (JsonException)
        {
            return KnowledgeCatalogue.Default;
        }
    }

    public const string AuditResource = "investment-catalogue";

    /// <summary>Who last changed the municipality's catalogue and when (the seed is by "system").</summary>
    public async Task<(string UpdatedBy, DateTimeOffset UpdatedAt)> StampAsync(CancellationToken ct)
    {
        await JsonAsync(ct);
        var copy = await db.InvestmentCatalogues.AsNoTracking().FirstAsync(ct);
        return (copy.UpdatedBy, copy.UpdatedAt);
    }

    /// <summary>
    /// Replaces the municipality's catalogue; throws <see cref="ValidationException"/> (keyed by JSON path) when
    /// invalid. The new catalogue and an audit entry (with a summary of how it differs from the shipped default)
    /// are written in one SaveChanges, so in one transaction. With <paramref name="expectedUpdatedAt"/> the save is
    /// refused when someone else changed the catalogue after the caller read it.
    /// </summary>
    public async Task ReplaceAsync(string json, CancellationToken ct, string? reason = null, DateTimeOffset? expectedUpdatedAt = null)
    {
        var catalogue = Validate(json);
        var canonical = catalogue.ToJson();
        await JsonAsync(ct); // make sure the row exists
        var copy = await db.InvestmentCatalogues.FirstAsync(ct);
        if (expectedUpdatedAt is { } expected && copy.UpdatedAt != expected)
        {
            throw new DomainException("catalogue.changed", $"The catalogue was changed by {copy.UpdatedBy} after you opened it; reload and make your changes again.");
        }
        var now = clock.GetUtcNow();
        copy.Replace(canonical, user.UserName, now);
        var differences = CatalogueDiff.AgainstDefault.CountDifferences(catalogue);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{differences} entries differ from the shipped catalogue {KnowledgeCatalogue.Default.CatalogueVersion}");
        db.AuditEntries.Add(new AuditEntry(copy.MunicipalityId, now, user.UserId, user.UserName, user.Role, AuditActions.Update, AuditResource, null,
            string.IsNullOrWhiteSpace(reason) ? summary : reason + "; " + summary, breakTheGlass: false));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts the shipped default back as the municipality's catalogue (audited like any other save).</summary>
    public Task ResetAsync(CancellationToken ct) =>
        ReplaceAsync(KnowledgeCatalogue.DefaultJson(), ct, "reset to the shipped default");

    /// <summary>Parses a catalogue with <see cref="KnowledgeCatalogue.Parse"/> and checks what the case builder relies on.</summary>
    public static KnowledgeCatalogue Validate(string json)
    {
        KnowledgeCatalogue? catalogue;
        try
        {
            catalogue = KnowledgeCatalogue.Parse(json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}" : "";
            throw ValidationException.For(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, $"malformed or mistyped JSON{where}");
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list))
            {
                errors[path] = list = [];
            }
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(catalogue.CatalogueVersion))
        {
            Add("$.catalogueVersion", "is required");
        }
        if (catalogue.PriceIndex?.Values is not { Count: > 0 } index)
        {
            Add("$.priceIndex.values", "is required: at least one year with an index value");
        }
        else
        {
            foreach (var (year, value) in index)
            {
                if (!(value > 0) || !double.IsFinite(value))
                {
                    Add($"$.priceIndex.values.{year.ToString(CultureInfo.InvariantCulture)}", "must be a positive number");
                }
            }
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (catalogue.Outcomes is not { Count: > 0 })
        {
            Add("$.outcomes", "is required: at least one outcome");
        }
        else
        {
            for (var i = 0; i < catalogue.Outcomes.Count; i++)
            {
                var o = catalogue.Outcomes[i];
                var at = $"$.outcomes[{i.ToString(CultureInfo.InvariantCulture)}]";
                if (o is null)
                {
                    Add(at, "must be an object");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(o.Id))
                {
                    Add(at + ".id", "is required");
                }
                else if (!ids.Add(o.Id))
                {
                    Add(at + ".id", $"'{o.Id}' is used by more than one outcome");
                }
                if (string.IsNullOrWhiteSpace(o.Name))
                {
                    Add(at + ".name", "is required");
                }
                if (catalogue.PriceIndex?.Values is { Count: > 0 } years && !years.ContainsKey(o.PriceYear))
                {
                    Add(at + ".priceYear", $"{o.PriceYear.ToString(CultureInfo.InvariantCulture)} is not in the price index");
                }
                if (o.Prices is not { Count: > 0 })
                {
                    Add(at + ".prices", "is required: at least one { holder, unitCost }");
                    continue;
                }
                for (var j = 0; j < o.Prices.Count; j++)
                {
                    var p = o.Prices[j];
                    var pAt = $"{at}.prices[{j.ToString(CultureInfo.InvariantCulture)}]";
                    if (p is null || string.IsNullOrWhiteSpace(p.Holder))
                    {
                        Add(pAt + ".holder", "is required");
                    }
                    else if (p.Se is < 0)
                    {
                        Add(pAt + ".se", "must not be negative");
                    }
                }
            }
        }
        if (catalogue.Methods is null)
        {
            Add("$.methods", "is required (may be empty)");
        }
        else
        {
            var methodIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < catalogue.Methods.Count; i++)
            {
                var m = catalogue.Methods[i];
                var at = $"$.methods[{i.ToString(CultureInfo.InvariantCulture)}]";
                if (m is null || string.IsNullOrWhiteSpace(m.Id))
                {
                    Add(at + ".id", "is required");
                    continue;
                }
                if (!methodIds.Add(m.Id))
                {
                    Add(at + ".id", $"'{m.Id}' is used by more than one method");
                }
                if (string.IsNullOrWhiteSpace(m.Name))
                {
                    Add(at + ".name", "is required");
                }
                for (var j = 0; j < (m.Effects?.Count ?? 0); j++)
                {
                    var e = m.Effects![j];
                    var eAt = $"{at}.effects[{j.ToString(CultureInfo.InvariantCulture)}]";
                    if (e is null || string.IsNullOrWhiteSpace(e.Outcome))
                    {
                        Add(eAt + ".outcome", "is required");
                        continue;
                    }
                    if (!ids.Contains(e.Outcome))
                    {
                        Add(eAt + ".outcome", $"unknown outcome '{e.Outcome}': it is not among the ids in $.outcomes");
                    }
                    if ((e.RelativeChange is null) == (e.AbsoluteChange is null))
                    {
                        Add(eAt, "give exactly one of relativeChange and absoluteChange");
                    }
                    if (e.FromYear < 0 || e.ToYear < e.FromYear)
                    {
                        Add(eAt + ".toYear", "the years must satisfy 0 ≤ fromYear ≤ toYear");
                    }
                    if (e.DecayPerYear is < 0 or > 1)
                    {
                        Add(eAt + ".decayPerYear", "must be between 0 and 1");
                    }
                    if (e.Se is < 0)
                    {
                        Add(eAt + ".se", "must not be negative");
                    }
                }
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
        return catalogue;
    }
}
