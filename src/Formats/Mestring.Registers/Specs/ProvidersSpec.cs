using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class ProvidersSpec : SingleKeySpec<ProviderRow>
{
    public static readonly ProvidersSpec Instance = new();
    private const int Id = 0, Name = 1, Cvr = 2, OwnershipCol = 3, Type = 4, Capacity = 5, Level = 6, Owner = 7, Leader = 8, FirstTheme = 9;
    private const int Quarantined = FirstTheme + 7;

    public override string FileName => RegisterExtractFolder.Providers;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
    [
        new("provider_id", true), new("name", true), new("cvr", true), new("ownership", true), new("tilbud_type", true),
        new("capacity", true), new("specialisation_level", true), new("owner_id", false), new("leader_id", false),
        .. Codes.AllThemes.Select(t => new RegisterColumn(Codes.ColumnOf(t), false)),
        new("quarantined", false),
    ];

    public override ProviderRow Parse(RowParser p)
    {
        var scores = new int?[7];
        for (var i = 0; i < 7; i++)
        {
            scores[i] = p.OptionalInt(FirstTheme + i, 1, 5);
        }
        return new ProviderRow(
            p.Required(Id), p.Required(Name), p.Optional(Cvr), p.Enum(OwnershipCol, Codes.AllOwnerships, Codes.Of), p.Required(Type),
            p.OptionalInt(Capacity, 0, int.MaxValue), p.OptionalInt(Level, 1, 3), p.Optional(Owner), p.Optional(Leader),
            SupervisionScores.From(scores), p.OptionalBool(Quarantined));
    }

    public override void Format(in ProviderRow r, CsvLineWriter w)
    {
        w.String(r.ProviderId);
        w.String(r.Name);
        w.String(r.Cvr);
        w.String(Codes.Of(r.Ownership));
        w.String(r.TilbudType);
        w.Int(r.Capacity);
        w.Int(r.SpecialisationLevel);
        w.String(r.OwnerId);
        w.String(r.LeaderId);
        foreach (var theme in Codes.AllThemes)
        {
            w.Int(r.Supervision[theme]);
        }
        w.Bool(r.Quarantined);
    }

    protected override string Key(in ProviderRow row) => row.ProviderId;
}
