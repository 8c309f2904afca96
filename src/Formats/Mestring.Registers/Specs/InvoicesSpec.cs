using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class InvoicesSpec : SingleKeySpec<InvoiceRow>
{
    public static readonly InvoicesSpec Instance = new();
    private const int Id = 0, Provider = 1, Person = 2, Service = 3, From = 4, To = 5, UnitCol = 6, Units = 7, Amount = 8, Dated = 9;

    public override string FileName => RegisterExtractFolder.Invoices;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
    [
        new("invoice_id", true), new("provider_id", true), new("person_id", true), new("service_id", true), new("period_start", true),
        new("period_end", true), new("unit", true), new("units", true), new("amount_dkk", true), new("invoice_date", true),
    ];

    public override InvoiceRow Parse(RowParser p)
    {
        var id = p.Required(Id);
        var provider = p.Provider(Provider);
        var person = p.Person(Person);
        var service = p.OptionalService(Service);
        var from = p.Date(From);
        // A period billed in advance may end after today; it must not end before it starts.
        var to = p.Date(To, mayBeFuture: true);
        if (to < from)
        {
            throw p.Error(To, $"period_end '{p.Text(To)}' is before period_start '{p.Text(From)}'", RegisterErrorKind.Malformed);
        }
        return new InvoiceRow(id, provider, person, service, from, to, p.Enum(UnitCol, Codes.AllUnits, Codes.Of),
            p.Decimal(Units, nonNegative: true), p.Decimal(Amount, nonNegative: true), p.Date(Dated));
    }

    public override void Format(in InvoiceRow r, CsvLineWriter w)
    {
        w.String(r.InvoiceId);
        w.String(r.ProviderId);
        w.String(r.PersonId);
        w.String(r.ServiceId);
        w.Date(r.PeriodStart);
        w.Date(r.PeriodEnd);
        w.String(Codes.Of(r.Unit));
        w.Decimal(r.Units);
        w.Decimal(r.AmountDkk);
        w.Date(r.InvoiceDate);
    }

    protected override string Key(in InvoiceRow row) => row.InvoiceId;
}
