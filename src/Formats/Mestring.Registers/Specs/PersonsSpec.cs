using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

internal sealed class PersonsSpec : SingleKeySpec<PersonRow>
{
    public static readonly PersonsSpec Instance = new();
    private const int Id = 0, Birth = 1, SexCol = 2, Mother = 3, Father = 4, Death = 5, Area = 6, CprCol = 7;

    public override string FileName => RegisterExtractFolder.Persons;

    public override IReadOnlyList<RegisterColumn> Columns { get; } =
    [
        new("person_id", true), new("birth_date", true), new("sex", true), new("mother_id", true), new("father_id", true),
        new("death_date", true), new("area", false), new("cpr", false, Written: false),
    ];

    public override PersonRow Parse(RowParser p)
    {
        var id = p.Required(Id);
        var birth = p.Date(Birth);
        var sex = p.Enum(SexCol, Codes.AllSexes, Codes.Of);
        var mother = p.DeferredPerson(Mother);
        var father = p.DeferredPerson(Father);
        if (mother == id || father == id)
        {
            var col = mother == id ? Mother : Father;
            throw p.Error(col, $"a person cannot be their own parent ('{id}')", RegisterErrorKind.Malformed);
        }
        var death = p.OptionalDate(Death);
        if (death < birth)
        {
            throw p.Error(Death, $"death_date '{p.Text(Death)}' is before birth_date '{p.Text(Birth)}'", RegisterErrorKind.Malformed);
        }
        return new PersonRow(id, birth, sex, mother, father, death, p.Optional(Area), CprNumber.Check(p, CprCol, birth, sex));
    }

    public override void Format(in PersonRow r, CsvLineWriter w)
    {
        w.String(r.PersonId);
        w.Date(r.BirthDate);
        w.String(Codes.Of(r.Sex));
        w.String(r.MotherId);
        w.String(r.FatherId);
        w.Date(r.DeathDate);
        w.String(r.Area);
    }

    protected override string Key(in PersonRow row) => row.PersonId;

    public override void Complete(RowParser p, KeyTracker keys) => p.ResolveDeferred(keys);
}
