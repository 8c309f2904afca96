using Mestring.Registers;
using Mestring.Synthetic;

namespace Mestring.Oversight.Tests;

/// <summary>The engine's input straight from a generated municipality's rows (what the database holds after a seed).</summary>
internal static class GeneratedInput
{
    public static PriceIndex ShippedPriceIndex { get; } =
        PriceIndex.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "price-index.csv")));

    public static OversightInput From(SyntheticMunicipality m) => new()
    {
        Providers = m.Providers().Select(p => new OversightProvider(p.ProviderId, p.TilbudType, p.Capacity, p.SpecialisationLevel, p.OwnerId, p.LeaderId,
            p.Quarantined == true)).ToList(),
        Orders = m.Services().Select(s => new OversightOrder(s.ServiceId, s.ProviderId, s.PersonId, s.FfbServiceCode, s.FfbTargetGroupCode,
            s.SpecialisationLevel, s.LegalBasis, s.StartDate, s.EndDate, Codes.Of(s.Unit), s.UnitsPerWeek, s.UnitPriceDkk)).ToList(),
        Invoices = m.Invoices().Select(i => new OversightInvoice(i.InvoiceId, i.ProviderId, i.PersonId, i.ServiceId, i.PeriodStart, i.PeriodEnd,
            Codes.Of(i.Unit), i.Units, i.AmountDkk, i.InvoiceDate)).ToList(),
        Deaths = m.Persons().Where(p => p.DeathDate is not null).ToDictionary(p => p.PersonId, p => p.DeathDate!.Value, StringComparer.Ordinal),
        Supervision = m.SupervisionAssessments().Select(s => new OversightScore(s.ProviderId, s.Date, s.Theme, s.Score)).ToList(),
        PriceIndex = ShippedPriceIndex,
    };
}
