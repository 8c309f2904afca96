using System.Text.Json;
using Mestring.Domain.Audit;
using Mestring.Domain.Investments;
using Mestring.Economics.Catalogue;

namespace Mestring.Application.Investments;

/// <summary>Who last changed the municipality's catalogue and when (the seed is by "system").</summary>
public sealed record CatalogueStamp(string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>
/// The municipality's own copy of the investment knowledge catalogue: seeded from the shipped default on
/// first use, editable by managers and administrators, validated (<see cref="CatalogueValidator"/>) before it is stored.
/// </summary>
public sealed class InvestmentCatalogues(MestringDbContext db, AuditTrail audit, ICurrentUser user, TimeProvider clock)
{
    public const string AuditResource = "investment-catalogue";

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

    public async Task<CatalogueStamp> StampAsync(CancellationToken ct)
    {
        await JsonAsync(ct);
        var copy = await db.InvestmentCatalogues.AsNoTracking().FirstAsync(ct);
        return new CatalogueStamp(copy.UpdatedBy, copy.UpdatedAt);
    }

    /// <summary>Replaces the catalogue with JSON (the API): Invalid, keyed by JSON path, when it breaks a rule.</summary>
    public async Task<Result> ReplaceAsync(string json, CancellationToken ct, string? reason = null)
    {
        var (catalogue, errors) = CatalogueValidator.Parse(json);
        return catalogue is null ? CatalogueErrorText.Invalid(errors) : await StoreAsync(catalogue, reason, null, ct);
    }

    /// <summary>
    /// Replaces the catalogue (the editor). The new catalogue and an audit entry (with a summary of how it differs from
    /// the shipped default) are written in one SaveChanges, so in one transaction. With <paramref name="expectedUpdatedAt"/>
    /// the save is refused (Conflict <c>catalogue.changed</c>) when someone else changed the catalogue after the caller read it.
    /// </summary>
    public async Task<Result> ReplaceAsync(KnowledgeCatalogue catalogue, string reason, DateTimeOffset? expectedUpdatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = CatalogueValidator.Validate(catalogue);
        return errors.Count > 0 ? CatalogueErrorText.Invalid(errors) : await StoreAsync(catalogue, reason, expectedUpdatedAt, ct);
    }

    /// <summary>Puts the shipped default back as the municipality's catalogue (audited like any other save).</summary>
    public Task<Result> ResetAsync(CancellationToken ct) =>
        ReplaceAsync(KnowledgeCatalogue.DefaultJson(), ct, "reset to the shipped default");

    private async Task<Result> StoreAsync(KnowledgeCatalogue catalogue, string? reason, DateTimeOffset? expectedUpdatedAt, CancellationToken ct)
    {
        await JsonAsync(ct); // make sure the row exists
        var copy = await db.InvestmentCatalogues.FirstAsync(ct);
        if (expectedUpdatedAt is { } expected && copy.UpdatedAt != expected)
        {
            return Error.Conflict("catalogue.changed", $"The catalogue was changed by {copy.UpdatedBy} after you opened it; reload and make your changes again.");
        }
        copy.Replace(catalogue.ToJson(), user.UserName, clock.GetUtcNow());
        var differences = CatalogueDiff.AgainstDefault.CountDifferences(catalogue);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{differences} entries differ from the shipped catalogue {KnowledgeCatalogue.Default.CatalogueVersion}");
        audit.Add(AuditActions.Update, AuditResource, reason: string.IsNullOrWhiteSpace(reason) ? summary : reason + "; " + summary, municipalityId: copy.MunicipalityId);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }
}
