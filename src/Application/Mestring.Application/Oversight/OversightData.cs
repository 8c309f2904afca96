using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;
using Mestring.Oversight;

namespace Mestring.Application.Oversight;

/// <summary>
/// One municipality's data as the oversight engine sees it: register ids only (provider_id, person_id, service_id),
/// read without the change tracker. Operational records without a register id are named by their Guid.
/// </summary>
public static class OversightData
{
    public static async Task<OversightInput> LoadAsync(MestringDbContext db, Guid municipalityId, PriceIndex priceIndex, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var providers = await db.Set<Provider>().AsNoTracking().Where(p => p.MunicipalityId == municipalityId)
            .Select(p => new { p.Id, p.ExternalId, p.OfferType, p.Capacity, p.CapacityUnknown, p.SpecialisationLevel, p.SpecialisationLevelUnknown, p.OwnerId, p.LeaderId, p.Quarantined })
            .ToListAsync(ct);
        var providerIds = providers.ToDictionary(p => p.Id, p => p.ExternalId);
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == municipalityId)
            .Select(c => new { c.Id, c.PersonId, c.DeathDate }).ToListAsync(ct);
        var personIds = citizens.ToDictionary(c => c.Id, c => c.PersonId);
        var delivered = new[] { InterventionStatus.Active, InterventionStatus.Ended };
        var orders = await db.Interventions.AsNoTracking()
            .Where(i => i.MunicipalityId == municipalityId && delivered.Contains(i.Status))
            .Select(i => new
            {
                i.Id, i.ExternalId, i.ProviderId, i.CitizenId, i.ServiceCode, i.TargetGroupCode, i.SpecialisationLevel, i.LegalBasis, i.Start, i.End,
                i.Unit, i.UnitsPerWeek, i.UnitsPerWeekUnknown, i.UnitPrice, i.UnitPriceUnknown,
            })
            .ToListAsync(ct);
        var serviceIds = orders.ToDictionary(o => o.Id, o => o.ExternalId ?? o.Id.ToString("N"));
        var invoices = await db.Set<Invoice>().AsNoTracking().Where(i => i.MunicipalityId == municipalityId)
            .Select(i => new { i.ExternalId, i.ProviderId, i.CitizenId, i.InterventionId, i.PeriodStart, i.PeriodEnd, i.Unit, i.Units, i.AmountDkk, i.InvoiceDate })
            .ToListAsync(ct);
        var scores = await db.Set<SupervisionScore>().AsNoTracking().Where(s => s.MunicipalityId == municipalityId && !s.DateUnknown)
            .Select(s => new { s.ProviderId, s.Date, s.Theme, s.Score }).ToListAsync(ct);

        string Provider(Guid id) => providerIds.GetValueOrDefault(id) ?? id.ToString("N");
        string Person(Guid id) => personIds.GetValueOrDefault(id) ?? id.ToString("N");
        return new OversightInput
        {
            Providers = [.. providers.Select(p => new OversightProvider(p.ExternalId, p.OfferType, p.CapacityUnknown ? null : p.Capacity,
                p.SpecialisationLevelUnknown ? null : p.SpecialisationLevel, p.OwnerId, p.LeaderId, p.Quarantined == true))],
            Orders = [.. orders.Select(o => new OversightOrder(serviceIds[o.Id], Provider(o.ProviderId), Person(o.CitizenId), o.ServiceCode, o.TargetGroupCode,
                o.SpecialisationLevel, o.LegalBasis, o.Start, o.End, UnitCode(o.Unit), o.UnitsPerWeekUnknown ? null : o.UnitsPerWeek,
                o.UnitPriceUnknown ? null : o.UnitPrice))],
            Invoices = [.. invoices.Select(i => new OversightInvoice(i.ExternalId, Provider(i.ProviderId), Person(i.CitizenId),
                i.InterventionId is { } s ? serviceIds.GetValueOrDefault(s) ?? s.ToString("N") : null, i.PeriodStart, i.PeriodEnd, i.Unit, i.Units, i.AmountDkk, i.InvoiceDate))],
            Deaths = citizens.Where(c => c.DeathDate is not null).GroupBy(c => c.PersonId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().DeathDate!.Value, StringComparer.Ordinal),
            Supervision = [.. scores.Select(s => new OversightScore(Provider(s.ProviderId), s.Date, s.Theme, s.Score))],
            Links = await RegistryGraph.LinksAsync(db, municipalityId, ct),
            QuarantinedPersons = await RegistryGraph.QuarantinedAsync(db, municipalityId, ct),
            PriceIndex = priceIndex,
        };
    }

    private static string UnitCode(ServiceUnit unit) => unit switch
    {
        ServiceUnit.Day => "day",
        ServiceUnit.Hour => "hour",
        ServiceUnit.Week => "week",
        ServiceUnit.Month => "month",
    };
}
