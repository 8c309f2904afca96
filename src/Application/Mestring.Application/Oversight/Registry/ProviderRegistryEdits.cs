using Mestring.Domain.Providers;

namespace Mestring.Application.Oversight.Registry;

/// <summary>A new takst: unit day/hour/week/month, price in DKK at the prices of its year, the assumed occupancy in per cent.</summary>
public sealed record RateRequest(string? ServiceCode, string? TargetGroup, string? Unit, decimal? PriceDkk, int? PriceYear, decimal? OccupancyPercent);

/// <summary>A link of the people graph: role owner, board-member or leader.</summary>
public sealed record LinkRequest(string? FromId, string? ToId, string? Role);

/// <summary>A §14 a quarantine: role leader or board-member.</summary>
public sealed record QuarantineRequest(string? PersonId, string? Role, DateOnly? From, DateOnly? To, string? DecidedBy);

/// <summary>
/// Edits of the provider registry by the supervision role: takster, places per legal basis, afdelinger, links of people and
/// companies, quarantines. Each edit is validated (the entities guard their invariants), saved in one transaction together
/// with its audit entry, and refused for any other role.
/// </summary>
public sealed class ProviderRegistryEdits(MestringDbContext db, ICurrentUser user, AuditTrail audit)
{
    private Guid Municipality => user.MunicipalityId ?? Guid.Empty;

    public Task<Result<RateView>> AddRateAsync(Guid providerId, RateRequest request, CancellationToken ct) =>
        EditAsync(providerId, ct, p =>
        {
            if (request.PriceDkk is null || request.PriceYear is null || request.OccupancyPercent is null)
            {
                return Error.Invalid(request.PriceDkk is null ? "priceDkk" : request.PriceYear is null ? "priceYear" : "occupancyPercent", "is required");
            }
            var rate = new ProviderRate(Municipality, p.Id, request.ServiceCode!, request.TargetGroup, request.Unit ?? "", request.PriceDkk.Value,
                request.PriceYear.Value, request.OccupancyPercent.Value);
            var clash = db.Set<ProviderRate>().Any(r => r.MunicipalityId == Municipality && r.ProviderId == p.Id && r.ServiceCode == rate.ServiceCode
                && r.TargetGroup == rate.TargetGroup && r.Unit == rate.Unit && r.PriceYear == rate.PriceYear);
            if (clash)
            {
                return Error.Conflict("rate-exists", "The tilbud already has a takst for this ydelse, target group, unit and price year.", "priceYear");
            }
            db.Add(rate);
            return Audited(p, string.Create(CultureInfo.InvariantCulture, $"takst {rate.ServiceCode} {rate.PriceDkk} DKK/{rate.Unit} ({rate.PriceYear})"),
                new RateView(rate.Id, rate.ServiceCode, rate.TargetGroup, rate.Unit, rate.PriceDkk, rate.PriceYear, rate.OccupancyPercent));
        });

    public Task<Result<RateView>> RemoveRateAsync(Guid providerId, Guid rateId, CancellationToken ct) =>
        EditAsync(providerId, ct, p =>
        {
            var rate = db.Set<ProviderRate>().FirstOrDefault(r => r.MunicipalityId == Municipality && r.ProviderId == p.Id && r.Id == rateId);
            if (rate is null)
            {
                return Error.NotFound("takst");
            }
            db.Remove(rate);
            return Audited(p, $"removed takst {rate.ServiceCode} ({rate.PriceYear.ToString(CultureInfo.InvariantCulture)})",
                new RateView(rate.Id, rate.ServiceCode, rate.TargetGroup, rate.Unit, rate.PriceDkk, rate.PriceYear, rate.OccupancyPercent));
        });

    /// <summary>Sets the places under a legal basis (creating the line when new).</summary>
    public Task<Result<PlacesView>> SetPlacesAsync(Guid providerId, string? legalBasis, int? places, CancellationToken ct) =>
        EditAsync(providerId, ct, p =>
        {
            if (places is null)
            {
                return Error.Invalid("places", "is required");
            }
            var basis = Guard.NotBlank(legalBasis, "legalBasis", 16);
            var line = db.Set<ProviderPlaces>().FirstOrDefault(x => x.MunicipalityId == Municipality && x.ProviderId == p.Id && x.LegalBasis == basis);
            if (line is null)
            {
                line = new ProviderPlaces(Municipality, p.Id, basis, places.Value);
                db.Add(line);
            }
            else
            {
                line.SetPlaces(places.Value);
            }
            return Audited(p, $"places {basis} = {places.Value.ToString(CultureInfo.InvariantCulture)}", new PlacesView(line.Id, line.LegalBasis, line.Places));
        });

    /// <summary>Adds a link from the tilbud (or from a company in its chain) to a person or company.</summary>
    public Task<Result<PersonLinkView>> AddLinkAsync(Guid providerId, LinkRequest request, CancellationToken ct) =>
        EditAsync(providerId, ct, p =>
        {
            if (ParseRole(request.Role) is not { } role)
            {
                return Error.Invalid("role", "role must be owner, board-member or leader.");
            }
            var from = string.IsNullOrWhiteSpace(request.FromId) ? p.ExternalId : request.FromId.Trim();
            var link = new ProviderLink(Municipality, from, request.ToId!, role);
            if (db.Set<ProviderLink>().Any(l => l.MunicipalityId == Municipality && l.FromId == link.FromId && l.ToId == link.ToId && l.Role == role))
            {
                return Error.Conflict("link-exists", "The link is already registered.", "toId");
            }
            db.Add(link);
            return Audited(p, $"link {link.FromId} -{ProviderLink.CodeOf(role)}- {link.ToId}", new PersonLinkView(link.Id, link.FromId, link.ToId, role, 1, null));
        });

    /// <summary>Registers a §14 a quarantine of a person (supervision only).</summary>
    public async Task<Result<QuarantineView>> AddQuarantineAsync(QuarantineRequest request, CancellationToken ct)
    {
        if (!OversightQueries.Reviewers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("registry-editors", "Only supervision may edit the provider registry.");
        }
        if (ParseRole(request.Role) is not { } role)
        {
            return Error.Invalid("role", "role must be leader or board-member.");
        }
        if (request.From is null || request.To is null)
        {
            return Error.Invalid(request.From is null ? "from" : "to", "is required");
        }
        try
        {
            var q = new Quarantine(Municipality, request.PersonId!, role, request.From.Value, request.To.Value, request.DecidedBy!);
            if (await db.Set<Quarantine>().AnyAsync(x => x.MunicipalityId == Municipality && x.PersonId == q.PersonId && x.From == q.From, ct))
            {
                return Error.Conflict("quarantine-exists", "The person already has a quarantine from that date.", "from");
            }
            db.Add(q);
            audit.Add("update", "provider-registry", reason: $"quarantine {q.PersonId} (§14 a, {q.DecidedBy})", municipalityId: Municipality);
            await db.SaveChangesAsync(ct);
            return ProviderRegistry.View(q);
        }
        catch (RuleException e)
        {
            return e.Error;
        }
    }

    /// <summary>The quarantine register, newest first.</summary>
    public async Task<Result<IReadOnlyList<QuarantineView>>> QuarantinesAsync(CancellationToken ct)
    {
        if (!OversightQueries.Readers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("registry-readers", "Only supervision and managers may read the provider registry.");
        }
        var list = await db.Set<Quarantine>().AsNoTracking().Where(q => q.MunicipalityId == Municipality).ToListAsync(ct);
        await audit.RecordAsync("read", "provider-registry", reason: "quarantine register", municipalityId: Municipality, ct: ct);
        return list.OrderByDescending(q => q.From).ThenBy(q => q.PersonId, StringComparer.Ordinal).Select(ProviderRegistry.View).ToList();
    }

    internal static LinkRole? ParseRole(string? role) => role?.Trim() switch
    {
        "owner" => LinkRole.Owner,
        "board-member" => LinkRole.BoardMember,
        "leader" => LinkRole.Leader,
        _ => null,
    };

    private Result<T> Audited<T>(Provider p, string what, T value)
    {
        audit.Add("update", "provider-registry", reason: $"provider {p.ExternalId}: {what}", municipalityId: Municipality);
        return value;
    }

    /// <summary>Checks the role and the tilbud, runs the edit and saves it with its audit entry in one transaction.</summary>
    private async Task<Result<T>> EditAsync<T>(Guid providerId, CancellationToken ct, Func<Provider, Result<T>> edit)
    {
        if (!OversightQueries.Reviewers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("registry-editors", "Only supervision may edit the provider registry.");
        }
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.MunicipalityId == Municipality && p.Id == providerId, ct);
        if (provider is null)
        {
            return Error.NotFound("provider");
        }
        try
        {
            var result = edit(provider);
            if (result.IsSuccess)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                db.ChangeTracker.Clear();
            }
            return result;
        }
        catch (RuleException e)
        {
            db.ChangeTracker.Clear();
            return e.Error;
        }
    }
}
