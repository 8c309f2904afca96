using System.Data.Common;
using System.Diagnostics;
using Mestring.Data.Bulk;
using Mestring.Data.Tenancy;
using Mestring.Domain.Citizens;
using Mestring.Domain.Organisation;
using Mestring.Registers.Operational;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mestring.Application.Registers;

/// <summary>What an operational-records load wrote.</summary>
public sealed record OperationalRecordsReport(int Citizens, int Plans, int Goals, int Orders, int FollowUps, TimeSpan Elapsed);

/// <summary>
/// Writes <see cref="OperationalRecords"/> into the core plan model after the register extract they refer to is in
/// (docs/synthetic-municipality.md, "Operational records"): the citizen's CPR, name and team; one plan with its sections,
/// goals, first version and follow-ups; and the register interventions (the orders) linked to the plan and its goals —
/// the interventions are not duplicated, and no register column is changed. Every record goes through the domain's
/// constructors (goals on Aktivitet-og-deltagelse conditions, targets below baselines, valid CPR) before it is
/// bulk-written, all in one transaction with one audit entry. Citizens who already have a plan or a CPR are left as
/// they are, so loading the same records again writes nothing.
/// </summary>
public sealed class OperationalRecordsImporter(MestringDbContext db, AuditTrail audit, Guid municipalityId)
{
    /// <summary>The author recorded on generated plan versions and completed follow-ups.</summary>
    public const string Author = "register";

    /// <summary>The audit resource of the load (one entry for the whole load).</summary>
    public const string Resource = "operational-records";

    private readonly OperationalTables _tables = new(db.Model);

    /// <summary>For a job outside dependency injection (the CLI, the demo): audited as <paramref name="actor"/>, as the system.</summary>
    public OperationalRecordsImporter(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
        : this(db, new AuditTrail(db, actor, new SystemTenantContext(), clock), municipalityId)
    {
    }

    public OperationalRecordsReport Import(OperationalRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var watch = Stopwatch.StartNew();
        db.Database.OpenConnection();
        using var transaction = db.Database.BeginTransaction();
        try
        {
            var teams = EnsureTeams(records.Teams);
            var citizens = Citizens();
            var interventions = Interventions();
            var assessments = new RegisterIdMaps(db, new RegisterTables(db.Model), municipalityId).Assessments();
            var planned = PlannedCitizens();

            var identities = new List<object?[]>();
            foreach (var c in records.Citizens)
            {
                if (!citizens.TryGetValue(c.PersonId, out var citizen))
                {
                    throw new InvalidOperationException($"operational records: unknown person_id '{c.PersonId}' (not in the database)");
                }
                if (citizen.HasCpr)
                {
                    continue;
                }
                var cpr = Mestring.Domain.Citizens.Cpr.Parse(c.Cpr);
                if (cpr.BirthDate != citizen.BirthDate || cpr.Sex != citizen.Sex)
                {
                    throw new InvalidOperationException($"operational records: CPR of '{c.PersonId}' does not match the birth date and sex");
                }
                identities.Add([c.PersonId, cpr.Digits, c.Name, teams[records.Teams[c.Team]]]);
            }

            var plans = new List<Plan>();
            var builder = new OperationalPlanBuilder(municipalityId, interventions, assessments);
            foreach (var record in records.Plans)
            {
                var citizen = citizens.TryGetValue(record.PersonId, out var found) ? found
                    : throw new InvalidOperationException($"operational records: unknown person_id '{record.PersonId}' (not in the database)");
                if (planned.Contains(citizen.Id))
                {
                    continue;
                }
                plans.Add(builder.Build(record, citizen.Id));
            }

            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            var (followUps, ratings, links) = (builder.FollowUps, builder.Ratings, builder.Links);
            {
                Write(connection, tx, _tables.Identities, identities, [_tables.UpdateCitizens]);
                Write(connection, tx, _tables.Plans, plans.Select(p => new object?[] { p.Id, municipalityId, p.CitizenId, p.NextFollowUp, p.UpdatedAt, p.Version }));
                Write(connection, tx, _tables.Goals, plans.SelectMany(p => p.Goals).Select(g => new object?[]
                {
                    g.Id, municipalityId, g.PlanId, g.CitizenId, g.CitizenWords, g.ProfessionalText, (int)g.Kind, g.PrimaryConditionCode,
                    g.SecondaryConditionCodes.ToArray(), g.BaselineLevel, g.TargetLevel, g.DueDate, (int)g.Status,
                }));
                Write(connection, tx, _tables.Sections, plans.SelectMany(p => p.Sections).Select(s => new object?[]
                {
                    s.Id, municipalityId, s.PlanId, s.Sector.ToString(), s.Text, s.Responsible,
                }));
                Write(connection, tx, _tables.Versions, plans.SelectMany(p => p.Versions).Select(v => new object?[]
                {
                    v.Id, municipalityId, v.PlanId, v.CitizenId, v.Number, v.At, v.ChangedBy, v.Change, v.SnapshotJson,
                }));
                Write(connection, tx, _tables.FollowUps, followUps.Select(f => new object?[]
                {
                    f.Id, municipalityId, f.CitizenId, f.PlanId, f.InterventionId, f.DueDate, f.CompletedAt, f.CompletedBy, f.AssessmentId,
                    f.ProviderNote, f.Note, f.Decision?.ToString(),
                }));
                Write(connection, tx, _tables.Ratings, ratings.Select(r => new object?[]
                {
                    r.Id, municipalityId, r.CitizenId, r.GoalId, r.Rating, r.Comment, r.At, r.FollowUpId,
                }));
                Write(connection, tx, _tables.InterventionLinks, links, [_tables.LinkInterventions]);
                var goals = plans.Sum(p => p.Goals.Count);
                var children = AddChildCases(records, citizens, plans, interventions);
                audit.AddBulkLoad(municipalityId, RegisterFileLoad.Action, Resource, string.Create(CultureInfo.InvariantCulture,
                    $"{identities.Count} identities, {plans.Count} plans, {goals} goals, {links.Count} orders linked, {followUps.Count} follow-ups, {ratings.Count} citizen ratings, {children} children's cases"));
                db.SaveChanges();
                transaction.Commit();
                return new OperationalRecordsReport(identities.Count, plans.Count, goals, links.Count, followUps.Count, watch.Elapsed);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            transaction.Rollback();
            throw;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    // The children's casework of children whose plan is written in this load, audited by the load's one entry.
    private int AddChildCases(OperationalRecords records, Dictionary<string, CitizenFacts> citizens, List<Plan> plans, Dictionary<string, InterventionFacts> interventions)
    {
        if (records.Children is not { Count: > 0 } cases)
        {
            return 0;
        }
        var planOf = plans.ToDictionary(p => p.CitizenId, p => p.Id);
        var written = OperationalChildCases.Add(db, municipalityId, cases,
            person => citizens.TryGetValue(person, out var c) && planOf.TryGetValue(c.Id, out var plan) ? (c.Id, plan) : null,
            service => interventions.TryGetValue(service, out var i) ? i.Id : null, Author);
        foreach (var type in OperationalChildCases.Entities)
        {
            audit.AddBulkLoad(municipalityId, RegisterFileLoad.Action, AuditInterceptor.ResourceName(type),
                string.Create(CultureInfo.InvariantCulture, $"{written} children's cases (Barnets Lov) from the operational records"));
        }
        return written;
    }

    private void Write(DbConnection connection, DbTransaction tx, BulkTable table, IEnumerable<object?[]> rows,
        IReadOnlyList<Func<bool, string>>? after = null)
    {
        using var sink = BulkSink.Create(connection, tx, table, municipalityId, "stage_op_" + table.Table);
        foreach (var row in rows)
        {
            sink.Write(row);
        }
        sink.Complete(null, after);
    }

    private Dictionary<string, Guid> EnsureTeams(IReadOnlyList<string> names)
    {
        var existing = db.Teams.Where(t => t.MunicipalityId == municipalityId).ToList();
        var result = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var team = existing.FirstOrDefault(t => t.Name == name);
            if (team is null)
            {
                team = new Team(municipalityId, name);
                db.Teams.Add(team);
                existing.Add(team);
            }
            result[name] = team.Id;
        }
        db.SaveChanges();
        return result;
    }

    private sealed record CitizenFacts(Guid Id, DateOnly BirthDate, char Sex, bool HasCpr);

    private Dictionary<string, CitizenFacts> Citizens()
    {
        var map = new Dictionary<string, CitizenFacts>(StringComparer.Ordinal);
        Read(MunicipalityRows.Select(MappedTable.Of<Citizen>(db.Model), nameof(Citizen.PersonId), nameof(TenantEntity.Id), nameof(Citizen.BirthDate),
            nameof(Citizen.Sex), nameof(Citizen.Cpr)), r =>
            map[r.GetString(0)] = new CitizenFacts(DbValues.Guid(r, 1), DbValues.Date(r, 2), r.GetString(3)[0], !r.IsDBNull(4)));
        return map;
    }

    private Dictionary<string, InterventionFacts> Interventions()
    {
        var map = new Dictionary<string, InterventionFacts>(StringComparer.Ordinal);
        var i = MappedTable.Of<Intervention>(db.Model);
        Read(MunicipalityRows.Select(i, nameof(Intervention.ExternalId), nameof(TenantEntity.Id), nameof(Intervention.ServiceCode), nameof(Intervention.LegalBasis),
            nameof(Intervention.ProviderId), nameof(Intervention.Method), nameof(Intervention.UnitsPerWeek), nameof(Intervention.UnitPrice),
            nameof(Intervention.Status)) + $" AND {i[nameof(Intervention.ExternalId)]} IS NOT NULL", r =>
            map[r.GetString(0)] = new InterventionFacts(DbValues.Guid(r, 1), r.GetString(2), r.GetString(3), DbValues.Guid(r, 4), DbValues.String(r, 5),
                DbValues.Decimal(r, 6), DbValues.Decimal(r, 7), r.GetString(8)));
        return map;
    }

    private HashSet<Guid> PlannedCitizens()
    {
        var set = new HashSet<Guid>();
        Read(MunicipalityRows.Select(MappedTable.Of<Plan>(db.Model), nameof(Plan.CitizenId)), r => set.Add(DbValues.Guid(r, 0)));
        return set;
    }

    private void Read(string sql, Action<DbDataReader> row) => MunicipalityRows.Read(db, municipalityId, sql, row);
}
