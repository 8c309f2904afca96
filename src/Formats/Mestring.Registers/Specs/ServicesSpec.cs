using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class ServicesSpec : SingleKeySpec<ServiceRow>
{
    public static readonly ServicesSpec Instance = new();
    private const int Id = 0, Person = 1, Provider = 2, Legal = 3, Code = 4, Start = 5, End = 6, UnitCol = 7, PerWeek = 8, Price = 9;
    private const int Method = 10, Level = 11, TargetGroup = 12;

    public override string FileName => RegisterExtractFolder.Services;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
    [
        new("service_id", true), new("person_id", true), new("provider_id", true), new("legal_basis", true), new("ffb_service_code", true),
        new("start_date", true), new("end_date", true), new("unit", true), new("units_per_week", true), new("unit_price_dkk", true),
        new("method", false), new("specialisation_level", false), new("ffb_target_group_code", false),
    ];

    public override ServiceRow Parse(RowParser p)
    {
        var id = p.Required(Id);
        var person = p.Person(Person);
        var provider = p.Provider(Provider);
        var legal = p.LegalBasis(Legal);
        var code = p.FfbCode(Code, FfbKind.Service);
        var start = p.Date(Start);
        // A planned end date may lie in the future; only the start must have happened.
        var end = p.OptionalDate(End, mayBeFuture: true);
        if (end < start)
        {
            throw p.Error(End, $"end_date '{p.Text(End)}' is before start_date '{p.Text(Start)}'", RegisterErrorKind.Malformed);
        }
        return new ServiceRow(
            id, person, provider, legal, code, start, end, p.Enum(UnitCol, Codes.AllUnits, Codes.Of),
            p.OptionalDecimal(PerWeek, nonNegative: true), p.OptionalDecimal(Price, nonNegative: true), p.Optional(Method),
            p.OptionalInt(Level, 1, 3), p.OptionalFfbCode(TargetGroup, FfbKind.TargetGroup));
    }

    public override void Format(in ServiceRow r, CsvLineWriter w)
    {
        w.String(r.ServiceId);
        w.String(r.PersonId);
        w.String(r.ProviderId);
        w.String(r.LegalBasis);
        w.String(r.FfbServiceCode);
        w.Date(r.StartDate);
        w.Date(r.EndDate);
        w.String(Codes.Of(r.Unit));
        w.Decimal(r.UnitsPerWeek);
        w.Decimal(r.UnitPriceDkk);
        w.String(r.Method);
        w.Int(r.SpecialisationLevel);
        w.String(r.FfbTargetGroupCode);
    }

    protected override string Key(in ServiceRow row) => row.ServiceId;
}
