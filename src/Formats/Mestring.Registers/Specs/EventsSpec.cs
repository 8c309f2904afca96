using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class EventsSpec : FileSpec<EventRow>
{
    public static readonly EventsSpec Instance = new();
    private const int Person = 0, DateCol = 1, Type = 2, Quantity = 3, Provider = 4;

    public override string FileName => RegisterExtractFolder.Events;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
        [new("person_id", true), new("date", true), new("type", true), new("quantity", true), new("provider_id", false)];

    public override EventRow Parse(RowParser p) =>
        new(p.Person(Person), p.Date(DateCol), p.Token(Type), p.Decimal(Quantity, nonNegative: true), p.OptionalProvider(Provider));

    public override void Format(in EventRow r, CsvLineWriter w)
    {
        w.String(r.PersonId);
        w.Date(r.Date);
        w.String(r.Type);
        w.Decimal(r.Quantity);
        w.String(r.ProviderId);
    }

    public override int Compare(in EventRow a, in EventRow b)
    {
        var c = string.CompareOrdinal(a.PersonId, b.PersonId);
        if (c == 0)
        {
            c = a.Date.CompareTo(b.Date);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
    }

    public override bool AddKey(in EventRow row, KeyTracker keys) => keys.Add(row.PersonId, row.Date, row.Type);

    public override string KeyText(in EventRow row) => string.Create(CultureInfo.InvariantCulture, $"{row.PersonId}, {row.Date:yyyy-MM-dd}, {row.Type}");
}
