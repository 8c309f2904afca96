using System.Data.Common;
using Mestring.Data.Bulk;
using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;
using Mestring.Domain.Registers;
using Mestring.Registers;
using Ownership = Mestring.Registers.Ownership;
using ServiceUnit = Mestring.Registers.ServiceUnit;
using Microsoft.EntityFrameworkCore.Metadata;
using static Mestring.Application.Registers.EntityColumns;

namespace Mestring.Application.Registers;

/// <summary>
/// Reads one municipality's register data back as register rows, streamed in the files' key order (ordinal collation),
/// past the change tracker; tables and columns come from the EF model.
/// </summary>
internal sealed class RegisterExtractQueries(DbConnection connection, IModel model, Guid municipalityId)
{

    private readonly MappedTable _citizens = MappedTable.Of<Citizen>(model);
    private readonly MappedTable _providers = MappedTable.Of<Provider>(model);

    private IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> map)
    {
        using var command = DbValues.Command(connection, null, sql, municipalityId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    private string O(string expression) => DbValues.Ordinal(connection, expression);

    /// <summary>The person_id of the citizen row aliased <c>p</c>, in ordinal order.</summary>
    private string ByPerson => O($"p.{_citizens[nameof(Citizen.PersonId)]}");

    /// <summary><c>JOIN citizens p</c> on the citizen of the row aliased <paramref name="alias"/>.</summary>
    private string JoinCitizen(string alias, string citizenColumn) =>
        $"JOIN {_citizens.Quoted} p ON p.{_citizens[Id]} = {alias}.{citizenColumn}";

    public IEnumerable<PersonRow> Persons()
    {
        var c = _citizens;
        var personId = c[nameof(Citizen.PersonId)];
        return Query(
            $"SELECT p.{personId}, p.{c[nameof(Citizen.BirthDate)]}, p.{c[nameof(Citizen.Sex)]}, m.{personId}, f.{personId}, " +
            $"p.{c[nameof(Citizen.DeathDate)]}, p.{c[nameof(Citizen.Area)]} FROM {c.Quoted} p " +
            $"LEFT JOIN {c.Quoted} m ON m.{c[Id]} = p.{c[nameof(Citizen.MotherId)]} LEFT JOIN {c.Quoted} f ON f.{c[Id]} = p.{c[nameof(Citizen.FatherId)]} " +
            $"WHERE p.{c[Municipality]} = @m ORDER BY {ByPerson}",
            r => new PersonRow(r.GetString(0), DbValues.Date(r, 1), SexOf(r.GetValue(2)), DbValues.String(r, 3), DbValues.String(r, 4),
                DbValues.NullableDate(r, 5), DbValues.String(r, 6)));
    }

    private static Sex SexOf(object value) => value.ToString() switch
    {
        "F" => Sex.F,
        "M" => Sex.M,
        var other => throw new InvalidDataException($"citizens.Sex '{other}' is not F or M"),
    };

    /// <summary>
    /// A table with one row per citizen and year, read as (person_id, year, <paramref name="columns"/>…) in the file's
    /// key order (person_id, year).
    /// </summary>
    private IEnumerable<TRow> ByPersonAndYear<TEntity, TRow>(string citizenId, string year, string[] columns, Func<DbDataReader, TRow> map)
    {
        var t = MappedTable.Of<TEntity>(model);
        var selected = string.Concat(columns.Select(column => $", t.{t[column]}"));
        return Query(
            $"SELECT p.{_citizens[nameof(Citizen.PersonId)]}, t.{t[year]}{selected} FROM {t.Quoted} t {JoinCitizen("t", t[citizenId])} " +
            $"WHERE t.{t[Municipality]} = @m ORDER BY {ByPerson}, t.{t[year]}",
            map);
    }

    public IEnumerable<HouseholdYearRow> HouseholdYears() =>
        ByPersonAndYear<HouseholdMembership, HouseholdYearRow>(nameof(HouseholdMembership.CitizenId), nameof(HouseholdMembership.Year),
            [nameof(HouseholdMembership.HouseholdId), nameof(HouseholdMembership.Area)],
            r => new HouseholdYearRow(r.GetString(0), DbValues.Int(r, 1), r.GetString(2), DbValues.String(r, 3)));

    private static readonly Dictionary<string, Benefit> Benefits = Enum.GetValues<Benefit>().ToDictionary(Codes.Of, b => b, StringComparer.Ordinal);

    public IEnumerable<PersonYearRow> PersonYears() =>
        ByPersonAndYear<PersonYear, PersonYearRow>(nameof(PersonYear.CitizenId), nameof(PersonYear.Year),
            [nameof(PersonYear.IncomeDkk), nameof(PersonYear.EducationIsced), nameof(PersonYear.Benefit)],
            r => new PersonYearRow(r.GetString(0), DbValues.Int(r, 1), DbValues.NullableDecimal(r, 2), DbValues.NullableInt(r, 3),
                DbValues.String(r, 4) is { } b ? Benefits.TryGetValue(b, out var benefit) ? benefit : throw new InvalidDataException($"person_years.Benefit '{b}' is not a register code") : null));

    public IEnumerable<ProviderRow> Providers()
    {
        var v = _providers;
        string[] columns =
        [
            nameof(Provider.ExternalId), nameof(Provider.Name), nameof(Provider.Cvr), nameof(Provider.Ownership), nameof(Provider.OfferType),
            nameof(Provider.Capacity), nameof(Provider.SpecialisationLevel), nameof(Provider.CapacityUnknown), nameof(Provider.SpecialisationLevelUnknown),
            nameof(Provider.OwnerId), nameof(Provider.LeaderId), nameof(Provider.Quarantined),
        ];
        return Query($"SELECT {string.Join(", ", columns.Select(p => v[p]))}, {ProviderScoreStatements.SelectUndated(model, v)} FROM {v.Quoted} " +
            $"WHERE {v[Municipality]} = @m ORDER BY {O(v[nameof(Provider.ExternalId)])}",
            r => new ProviderRow(
                r.GetString(0), r.GetString(1), DbValues.String(r, 2),
                r.GetString(3) switch { "Public" => Ownership.Public, "Private" => Ownership.Private, _ => Ownership.Selvejende },
                r.GetString(4), DbValues.Bool(r, 7) ? null : DbValues.Int(r, 5), DbValues.Bool(r, 8) ? null : DbValues.Int(r, 6),
                DbValues.String(r, 9), DbValues.String(r, 10),
                new SupervisionScores(DbValues.NullableInt(r, 12), DbValues.NullableInt(r, 13), DbValues.NullableInt(r, 14), DbValues.NullableInt(r, 15),
                    DbValues.NullableInt(r, 16), DbValues.NullableInt(r, 17), DbValues.NullableInt(r, 18)),
                DbValues.NullableBool(r, 11)));
    }

    /// <summary>Register and operational interventions that were delivered (active or ended), in no order.</summary>
    public IEnumerable<ServiceRow> Services()
    {
        var i = MappedTable.Of<Intervention>(model);
        string I(string property) => "i." + i[property];
        return Query(
            $"SELECT {I(nameof(Intervention.ExternalId))}, {I(Id)}, p.{_citizens[nameof(Citizen.PersonId)]}, v.{_providers[nameof(Provider.ExternalId)]}, " +
            $"{I(nameof(Intervention.LegalBasis))}, {I(nameof(Intervention.ServiceCode))}, {I(nameof(Intervention.Start))}, {I(nameof(Intervention.End))}, " +
            $"{I(nameof(Intervention.Unit))}, {I(nameof(Intervention.UnitsPerWeek))}, {I(nameof(Intervention.UnitPrice))}, {I(nameof(Intervention.Method))}, " +
            $"{I(nameof(Intervention.SpecialisationLevel))}, {I(nameof(Intervention.TargetGroupCode))}, {I(nameof(Intervention.UnitsPerWeekUnknown))}, " +
            $"{I(nameof(Intervention.UnitPriceUnknown))} FROM {i.Quoted} i {JoinCitizen("i", i[nameof(Intervention.CitizenId)])} " +
            $"JOIN {_providers.Quoted} v ON v.{_providers[Id]} = {I(nameof(Intervention.ProviderId))} " +
            $"WHERE {I(Municipality)} = @m AND {I(nameof(Intervention.Status))} IN ('{InterventionStatus.Active}', '{InterventionStatus.Ended}')",
            r => new ServiceRow(
                DbValues.String(r, 0) ?? DbValues.Guid(r, 1).ToString("N"), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                DbValues.Date(r, 6), DbValues.NullableDate(r, 7), Enum.Parse<ServiceUnit>(r.GetString(8)),
                DbValues.Bool(r, 14) ? null : DbValues.Decimal(r, 9), DbValues.Bool(r, 15) ? null : DbValues.Decimal(r, 10),
                DbValues.String(r, 11), DbValues.NullableInt(r, 12), DbValues.String(r, 13)));
    }

    public IEnumerable<EventRow> Events()
    {
        var e = MappedTable.Of<CitizenEvent>(model);
        return Query(
            $"SELECT p.{_citizens[nameof(Citizen.PersonId)]}, e.{e[nameof(CitizenEvent.Date)]}, e.{e[nameof(CitizenEvent.Type)]}, " +
            $"e.{e[nameof(CitizenEvent.Quantity)]}, v.{_providers[nameof(Provider.ExternalId)]} FROM {e.Quoted} e {JoinCitizen("e", e[nameof(CitizenEvent.CitizenId)])} " +
            $"LEFT JOIN {_providers.Quoted} v ON v.{_providers[Id]} = e.{e[nameof(CitizenEvent.ProviderId)]} " +
            $"WHERE e.{e[Municipality]} = @m ORDER BY {ByPerson}, e.{e[nameof(CitizenEvent.Date)]}, {O($"e.{e[nameof(CitizenEvent.Type)]}")}",
            r => new EventRow(r.GetString(0), DbValues.Date(r, 1), r.GetString(2), DbValues.Decimal(r, 3), DbValues.String(r, 4)));
    }

    public IEnumerable<AssessmentRow> Assessments()
    {
        var a = MappedTable.Of<Assessment>(model);
        var i = MappedTable.Of<AssessmentItem>(model);
        var rows = Query(
            $"SELECT p.{_citizens[nameof(Citizen.PersonId)]}, a.{a[nameof(Assessment.Date)]}, i.{i[nameof(AssessmentItem.ConditionCode)]}, " +
            $"i.{i[nameof(AssessmentItem.FunctionLevel)]}, i.{i[nameof(AssessmentItem.SupportNeed)]} FROM {i.Quoted} i " +
            $"JOIN {a.Quoted} a ON a.{a[Id]} = i.{i[RegisterTables.AssessmentIdProperty]} {JoinCitizen("a", a[nameof(Assessment.CitizenId)])} " +
            $"WHERE a.{a[Municipality]} = @m ORDER BY {ByPerson}, a.{a[nameof(Assessment.Date)]}, {O($"i.{i[nameof(AssessmentItem.ConditionCode)]}")}, a.{a[Id]}",
            r => new AssessmentRow(r.GetString(0), DbValues.Date(r, 1), r.GetString(2), DbValues.NullableInt(r, 3), DbValues.NullableInt(r, 4)));
        // Two assessments of the same citizen on the same day rating the same condition would repeat a key: keep the first.
        AssessmentRow? previous = null;
        foreach (var row in rows)
        {
            if (previous is { } p && p.PersonId == row.PersonId && p.Date == row.Date && p.FfbConditionCode == row.FfbConditionCode)
            {
                continue;
            }
            previous = row;
            yield return row;
        }
    }

    /// <summary>True when the municipality has rows in the table of <typeparamref name="TEntity"/> (an optional file is written only then).</summary>
    public bool Any<TEntity>()
    {
        var t = MappedTable.Of<TEntity>(model);
        return Query($"SELECT 1 FROM {t.Quoted} WHERE {t[Municipality]} = @m LIMIT 1", _ => true).Any();
    }

    /// <summary>True when the municipality has dated supervision scores (supervision_assessments.csv).</summary>
    public bool AnyDatedScores()
    {
        var s = MappedTable.Of<SupervisionScore>(model);
        return Query($"SELECT 1 FROM {s.Quoted} s WHERE s.{s[Municipality]} = @m AND {ProviderScoreStatements.Dated(s, "s")} LIMIT 1", _ => true).Any();
    }

    public IEnumerable<SupervisionAssessmentRow> SupervisionAssessments()
    {
        var s = MappedTable.Of<SupervisionScore>(model);
        return Query(
            $"SELECT v.{_providers[nameof(Provider.ExternalId)]}, s.{s[nameof(SupervisionScore.Date)]}, s.{s[nameof(SupervisionScore.Theme)]}, " +
            $"s.{s[nameof(SupervisionScore.Score)]} FROM {s.Quoted} s JOIN {_providers.Quoted} v ON v.{_providers[Id]} = s.{s[nameof(SupervisionScore.ProviderId)]} " +
            $"WHERE s.{s[Municipality]} = @m AND {ProviderScoreStatements.Dated(s, "s")} ORDER BY {O($"v.{_providers[nameof(Provider.ExternalId)]}")}, s.{s[nameof(SupervisionScore.Date)]}, " +
            $"{O($"s.{s[nameof(SupervisionScore.Theme)]}")}",
            r => new SupervisionAssessmentRow(r.GetString(0), DbValues.Date(r, 1), r.GetString(2), DbValues.Int(r, 3)));
    }

    public IEnumerable<InvoiceRow> Invoices()
    {
        var n = MappedTable.Of<Invoice>(model);
        var i = MappedTable.Of<Intervention>(model);
        string N(string property) => "n." + n[property];
        return Query(
            $"SELECT {N(nameof(Invoice.ExternalId))}, v.{_providers[nameof(Provider.ExternalId)]}, p.{_citizens[nameof(Citizen.PersonId)]}, " +
            $"i.{i[nameof(Intervention.ExternalId)]}, i.{i[Id]}, {N(nameof(Invoice.PeriodStart))}, {N(nameof(Invoice.PeriodEnd))}, {N(nameof(Invoice.Unit))}, " +
            $"{N(nameof(Invoice.Units))}, {N(nameof(Invoice.AmountDkk))}, {N(nameof(Invoice.InvoiceDate))} FROM {n.Quoted} n " +
            $"{JoinCitizen("n", n[nameof(Invoice.CitizenId)])} JOIN {_providers.Quoted} v ON v.{_providers[Id]} = {N(nameof(Invoice.ProviderId))} " +
            $"LEFT JOIN {i.Quoted} i ON i.{i[Id]} = {N(nameof(Invoice.InterventionId))} " +
            $"WHERE {N(Municipality)} = @m ORDER BY {O(N(nameof(Invoice.ExternalId)))}",
            r => new InvoiceRow(
                r.GetString(0), r.GetString(1), r.GetString(2), DbValues.String(r, 3) ?? (r.IsDBNull(4) ? null : DbValues.Guid(r, 4).ToString("N")),
                DbValues.Date(r, 5), DbValues.Date(r, 6), UnitOf(r.GetString(7)), DbValues.Decimal(r, 8), DbValues.Decimal(r, 9), DbValues.Date(r, 10)));
    }

    private static ServiceUnit UnitOf(string code) => code switch
    {
        "day" => ServiceUnit.Day,
        "hour" => ServiceUnit.Hour,
        "week" => ServiceUnit.Week,
        "month" => ServiceUnit.Month,
        _ => throw new InvalidDataException($"invoices.Unit '{code}' is not a register unit"),
    };
}
