using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mestring.Data.Auditing;
using Mestring.Domain.Audit;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.Registers.Operational;
using Mestring.Terminology;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mestring.Data.Registers;

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
public sealed class OperationalRecordsImporter(MestringDbContext db, Guid municipalityId, TimeProvider clock, IAuditActor actor)
{
    /// <summary>The author recorded on generated plan versions and completed follow-ups.</summary>
    public const string Author = "register";

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public OperationalRecordsReport Import(OperationalRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var watch = Stopwatch.StartNew();
        db.BulkLoading = true;
        db.Database.OpenConnection();
        using var transaction = db.Database.BeginTransaction();
        try
        {
            var teams = EnsureTeams(records.Teams);
            var citizens = Citizens();
            var interventions = Interventions();
            var assessments = Assessments();
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
            var followUps = new List<FollowUp>();
            var ratings = new List<ProgressRating>();
            var links = new List<object?[]>();
            var orders = 0;
            foreach (var record in records.Plans)
            {
                var citizen = citizens.TryGetValue(record.PersonId, out var found) ? found
                    : throw new InvalidOperationException($"operational records: unknown person_id '{record.PersonId}' (not in the database)");
                if (planned.Contains(citizen.Id))
                {
                    continue;
                }
                var plan = BuildPlan(record, citizen.Id, interventions, assessments, followUps, ratings, links);
                plans.Add(plan);
                orders += record.Orders.Count;
            }

            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            {
                Write(connection, tx, OperationalTables.Identities, identities, [OperationalTables.UpdateCitizens]);
                Write(connection, tx, OperationalTables.Plans, plans.Select(p => new object?[] { p.Id, municipalityId, p.CitizenId, p.NextFollowUp, p.UpdatedAt, p.Version }));
                Write(connection, tx, OperationalTables.Goals, plans.SelectMany(p => p.Goals).Select(g => new object?[]
                {
                    g.Id, municipalityId, g.PlanId, g.CitizenId, g.CitizenWords, g.ProfessionalText, (int)g.Kind, g.PrimaryConditionCode,
                    g.SecondaryConditionCodes.ToArray(), g.BaselineLevel, g.TargetLevel, g.DueDate, (int)g.Status,
                }));
                Write(connection, tx, OperationalTables.Sections, plans.SelectMany(p => p.Sections).Select(s => new object?[]
                {
                    s.Id, municipalityId, s.PlanId, s.Sector.ToString(), s.Text, s.Responsible,
                }));
                Write(connection, tx, OperationalTables.Versions, plans.SelectMany(p => p.Versions).Select(v => new object?[]
                {
                    v.Id, municipalityId, v.PlanId, v.CitizenId, v.Number, v.At, v.ChangedBy, v.Change, v.SnapshotJson,
                }));
                Write(connection, tx, OperationalTables.FollowUps, followUps.Select(f => new object?[]
                {
                    f.Id, municipalityId, f.CitizenId, f.PlanId, f.InterventionId, f.DueDate, f.CompletedAt, f.CompletedBy, f.AssessmentId,
                    f.ProviderNote, f.Note, f.Decision?.ToString(),
                }));
                Write(connection, tx, OperationalTables.Ratings, ratings.Select(r => new object?[]
                {
                    r.Id, municipalityId, r.CitizenId, r.GoalId, r.Rating, r.Comment, r.At, r.FollowUpId,
                }));
                Write(connection, tx, OperationalTables.InterventionLinks, links, [OperationalTables.LinkInterventions]);
                var goals = plans.Sum(p => p.Goals.Count);
                db.AuditEntries.Add(new AuditEntry(
                    municipalityId, clock.GetUtcNow(), actor.UserId, actor.UserName, actor.Role, "import", "operational-records", null,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{identities.Count} identities, {plans.Count} plans, {goals} goals, {links.Count} orders linked, {followUps.Count} follow-ups, {ratings.Count} citizen ratings"),
                    breakTheGlass: false));
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

    private Plan BuildPlan(CasePlan record, Guid citizenId, Dictionary<string, InterventionFacts> interventions,
        Dictionary<(Guid, DateOnly), Guid> assessments, List<FollowUp> followUps, List<ProgressRating> ratings, List<object?[]> links)
    {
        var plan = new Plan(municipalityId, citizenId);
        var goals = new List<Goal>();
        foreach (var g in record.Goals)
        {
            if (!assessments.ContainsKey((citizenId, g.BaselineDate)))
            {
                throw new InvalidOperationException($"operational records: '{record.PersonId}' has no assessment on {g.BaselineDate:yyyy-MM-dd} for a goal's baseline");
            }
            var goal = plan.AddGoal(new GoalDraft(g.CitizenWords, g.ProfessionalText, Enum.Parse<GoalKind>(g.Kind), g.PrimaryConditionCode,
                g.SecondaryConditionCodes, g.BaselineLevel, g.TargetLevel, g.DueDate));
            plan.SetGoalStatus(goal.Id, Enum.Parse<GoalStatus>(g.Status));
            goals.Add(goal);
            if (g.CitizenRating is { } rating)
            {
                ratings.Add(new ProgressRating(municipalityId, citizenId, goal.Id, rating, null, At(g.BaselineDate)));
            }
        }
        foreach (var s in record.Sections)
        {
            plan.SetSection(Enum.Parse<Sector>(s.Sector), s.Text, s.Responsible);
        }
        var snapshotInterventions = new List<object>();
        foreach (var o in record.Orders)
        {
            var facts = Intervention(interventions, o.ServiceId);
            var goalIds = o.Goals.Select(i => goals[i].Id).ToArray();
            links.Add([facts.Id, plan.Id, goalIds]);
            snapshotInterventions.Add(new
            {
                facts.Id, facts.ServiceCode, facts.LegalBasis, facts.ProviderId, facts.Method, facts.UnitsPerWeek, facts.UnitPrice, facts.Status,
                GoalIds = goalIds,
            });
        }
        foreach (var f in record.FollowUps)
        {
            var followUp = new FollowUp(municipalityId, citizenId, plan.Id, Intervention(interventions, f.ServiceId).Id, f.DueDate);
            if (f.Decision is { } decision)
            {
                Guid? assessment = null;
                if (f.AssessmentDate is { } date)
                {
                    assessment = assessments.TryGetValue((citizenId, date), out var id) ? id
                        : throw new InvalidOperationException($"operational records: '{record.PersonId}' has no assessment on {date:yyyy-MM-dd} for a follow-up");
                }
                followUp.Complete(Enum.Parse<FollowUpDecisionKind>(decision), f.Note, null, assessment, Author, At(f.DueDate));
            }
            followUps.Add(followUp);
            // The citizen's own rating at the follow-up belongs to the goal the order serves.
            if (f.CitizenRating is { } rating && record.Orders.FirstOrDefault(o => o.ServiceId == f.ServiceId) is { Goals: [var goalIndex, ..] })
            {
                ratings.Add(new ProgressRating(municipalityId, citizenId, goals[goalIndex].Id, rating, null, At(f.DueDate), followUp.Id));
            }
        }
        if (record.NextFollowUp is { } next)
        {
            plan.ScheduleFollowUp(next);
        }
        // The first version's snapshot has the shape the plan pages write (goals, sections, interventions, network).
        var snapshot = JsonSerializer.Serialize(new
        {
            Goals = plan.Goals.Select(g => new
            {
                g.Id, g.CitizenWords, g.ProfessionalText, Kind = g.Kind.ToString(), g.PrimaryConditionCode, g.BaselineLevel, g.TargetLevel, g.DueDate,
                Status = g.Status.ToString(),
            }),
            Sections = plan.Sections.OrderBy(s => s.Sector).Select(s => new { s.Sector, s.Text, s.Responsible }),
            Interventions = snapshotInterventions,
            Network = Array.Empty<object>(),
        }, SnapshotJson);
        plan.Commit(At(record.Created), Author, "Handleplan oprettet", snapshot);
        return plan;
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static InterventionFacts Intervention(Dictionary<string, InterventionFacts> interventions, string serviceId) =>
        interventions.TryGetValue(serviceId, out var facts) ? facts
            : throw new InvalidOperationException($"operational records: unknown service_id '{serviceId}' (not in the database)");

    private void Write(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, BulkTable table, IEnumerable<object?[]> rows,
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

    private sealed record InterventionFacts(Guid Id, string ServiceCode, string LegalBasis, Guid ProviderId, string? Method, decimal UnitsPerWeek, decimal UnitPrice, string Status);

    private Dictionary<string, CitizenFacts> Citizens()
    {
        var map = new Dictionary<string, CitizenFacts>(StringComparer.Ordinal);
        Read("SELECT \"PersonId\", \"Id\", \"BirthDate\", \"Sex\", \"Cpr\" FROM citizens WHERE \"MunicipalityId\" = @m", r =>
            map[r.GetString(0)] = new CitizenFacts(DbValues.Guid(r, 1), DbValues.Date(r, 2), r.GetString(3)[0], !r.IsDBNull(4)));
        return map;
    }

    private Dictionary<string, InterventionFacts> Interventions()
    {
        var map = new Dictionary<string, InterventionFacts>(StringComparer.Ordinal);
        Read("SELECT \"ExternalId\", \"Id\", \"ServiceCode\", \"LegalBasis\", \"ProviderId\", \"Method\", \"UnitsPerWeek\", \"UnitPrice\", \"Status\" " +
             "FROM interventions WHERE \"MunicipalityId\" = @m AND \"ExternalId\" IS NOT NULL", r =>
            map[r.GetString(0)] = new InterventionFacts(DbValues.Guid(r, 1), r.GetString(2), r.GetString(3), DbValues.Guid(r, 4), DbValues.String(r, 5),
                DbValues.Decimal(r, 6), DbValues.Decimal(r, 7), r.GetString(8)));
        return map;
    }

    private Dictionary<(Guid, DateOnly), Guid> Assessments()
    {
        var map = new Dictionary<(Guid, DateOnly), Guid>();
        Read("SELECT \"CitizenId\", \"Date\", \"Id\" FROM assessments WHERE \"MunicipalityId\" = @m ORDER BY \"Id\"", r =>
            map.TryAdd((DbValues.Guid(r, 0), DbValues.Date(r, 1)), DbValues.Guid(r, 2)));
        return map;
    }

    private HashSet<Guid> PlannedCitizens()
    {
        var set = new HashSet<Guid>();
        Read("SELECT \"CitizenId\" FROM plans WHERE \"MunicipalityId\" = @m", r => set.Add(DbValues.Guid(r, 0)));
        return set;
    }

    private void Read(string sql, Action<System.Data.Common.DbDataReader> row)
    {
        using var command = DbValues.Command(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, municipalityId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}

/// <summary>The bulk targets of the operational records (insert-only by primary key; updates through staging tables).</summary>
internal static class OperationalTables
{
    private static BulkColumn C(string name, ColumnKind kind) => new(name, kind);

    /// <summary>Staging only: CPR, name and team per person_id, applied by <see cref="UpdateCitizens"/>.</summary>
    public static readonly BulkTable Identities = new("citizens", [], [], [],
        [C("PersonId", ColumnKind.Text), C("Cpr", ColumnKind.Text), C("Name", ColumnKind.Text), C("TeamId", ColumnKind.Uuid)]);

    public static string UpdateCitizens(bool postgres) =>
        "UPDATE citizens AS c SET \"Cpr\" = s.\"Cpr\", \"Name\" = s.\"Name\", \"TeamId\" = s.\"TeamId\" FROM {stage} AS s " +
        "WHERE c.\"MunicipalityId\" = @m AND c.\"PersonId\" = s.\"PersonId\" AND c.\"Cpr\" IS NULL";

    public static readonly BulkTable Plans = new("plans",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid), C("NextFollowUp", ColumnKind.Date),
         C("UpdatedAt", ColumnKind.Timestamp), C("Version", ColumnKind.Int)],
        ["Id"], []);

    public static readonly BulkTable Goals = new("goals",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("PlanId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid),
         C("CitizenWords", ColumnKind.Text), C("ProfessionalText", ColumnKind.Text), C("Kind", ColumnKind.Int), C("PrimaryConditionCode", ColumnKind.Text),
         C("SecondaryConditionCodes", ColumnKind.TextList), C("BaselineLevel", ColumnKind.Int), C("TargetLevel", ColumnKind.Int),
         C("DueDate", ColumnKind.Date), C("Status", ColumnKind.Int)],
        ["Id"], []);

    public static readonly BulkTable Sections = new("plan_sections",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("PlanId", ColumnKind.Uuid), C("Sector", ColumnKind.Text),
         C("Text", ColumnKind.Text), C("Responsible", ColumnKind.Text)],
        ["Id"], []);

    public static readonly BulkTable Versions = new("plan_versions",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("PlanId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid),
         C("Number", ColumnKind.Int), C("At", ColumnKind.Timestamp), C("ChangedBy", ColumnKind.Text), C("Change", ColumnKind.Text),
         C("SnapshotJson", ColumnKind.Text)],
        ["Id"], []);

    public static readonly BulkTable FollowUps = new("follow_ups",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid), C("PlanId", ColumnKind.Uuid),
         C("InterventionId", ColumnKind.Uuid), C("DueDate", ColumnKind.Date), C("CompletedAt", ColumnKind.Timestamp), C("CompletedBy", ColumnKind.Text),
         C("AssessmentId", ColumnKind.Uuid), C("ProviderNote", ColumnKind.Text), C("Note", ColumnKind.Text), C("Decision", ColumnKind.Text)],
        ["Id"], []);

    public static readonly BulkTable Ratings = new("progress_ratings",
        [C("Id", ColumnKind.Uuid), C("MunicipalityId", ColumnKind.Uuid), C("CitizenId", ColumnKind.Uuid), C("GoalId", ColumnKind.Uuid),
         C("Rating", ColumnKind.Int), C("Comment", ColumnKind.Text), C("At", ColumnKind.Timestamp), C("FollowUpId", ColumnKind.Uuid)],
        ["Id"], []);

    /// <summary>Staging only: the register intervention (order) → plan and goals, applied by <see cref="LinkInterventions"/>.</summary>
    public static readonly BulkTable InterventionLinks = new("interventions", [], [], [],
        [C("InterventionId", ColumnKind.Uuid), C("PlanId", ColumnKind.Uuid), C("GoalIds", ColumnKind.UuidList)]);

    public static string LinkInterventions(bool postgres) =>
        "UPDATE interventions AS i SET \"PlanId\" = s.\"PlanId\", \"GoalIds\" = s.\"GoalIds\" FROM {stage} AS s " +
        "WHERE i.\"MunicipalityId\" = @m AND i.\"Id\" = s.\"InterventionId\" AND i.\"PlanId\" IS NULL";
}
