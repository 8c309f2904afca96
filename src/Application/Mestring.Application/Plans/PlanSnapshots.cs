using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mestring.Application.Plans;

/// <summary>Writes and compares the JSON snapshots that make a plan's history browsable and comparable.</summary>
public sealed class PlanSnapshots(MestringDbContext db)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record Snapshot(
        IReadOnlyList<SnapshotGoal> Goals,
        IReadOnlyList<SectionDto> Sections,
        IReadOnlyList<SnapshotIntervention> Interventions,
        IReadOnlyList<SnapshotNetwork> Network);

    public sealed record SnapshotGoal(Guid Id, string CitizenWords, string ProfessionalText, string Kind, string PrimaryConditionCode, int? BaselineLevel, int TargetLevel, DateOnly DueDate, string Status);

    public sealed record SnapshotIntervention(Guid Id, string ServiceCode, string LegalBasis, Guid ProviderId, string? Method, decimal UnitsPerWeek, decimal UnitPrice, string Status, IReadOnlyList<Guid> GoalIds);

    public sealed record SnapshotNetwork(Guid Id, string Contributor, string Kind, string Task);

    /// <summary>The plan as it stands, including changes tracked but not yet saved.</summary>
    public async Task<string> TakeAsync(Plan plan, CancellationToken ct)
    {
        var interventions = db.Interventions.Local.Where(i => i.PlanId == plan.Id)
            .UnionBy(await db.Interventions.Where(i => i.CitizenId == plan.CitizenId && i.PlanId == plan.Id).ToListAsync(ct), i => i.Id)
            .OrderBy(i => i.Start).ThenBy(i => i.Id);
        var network = db.NetworkContributions.Local.Where(n => n.PlanId == plan.Id)
            .UnionBy(await db.NetworkContributions.Where(n => n.PlanId == plan.Id).ToListAsync(ct), n => n.Id)
            .Where(n => !n.Ended).OrderBy(n => n.Contributor, StringComparer.Ordinal);
        var snapshot = new Snapshot(
            [.. plan.Goals.Select(g => new SnapshotGoal(g.Id, g.CitizenWords, g.ProfessionalText, g.Kind.ToString(), g.PrimaryConditionCode, g.BaselineLevel, g.TargetLevel, g.DueDate, g.Status.ToString()))],
            [.. plan.Sections.OrderBy(s => s.Sector).Select(s => new SectionDto(s.Sector, s.Text, s.Responsible))],
            [.. interventions.Select(i => new SnapshotIntervention(i.Id, i.ServiceCode, i.LegalBasis, i.ProviderId, i.Method, i.UnitsPerWeek, i.UnitPrice, i.Status.ToString(), i.GoalIds))],
            [.. network.Select(n => new SnapshotNetwork(n.Id, n.Contributor, n.Kind.ToString(), n.Task))]);
        return JsonSerializer.Serialize(snapshot, Json);
    }

    /// <summary>What differs between two versions, line by line (goals, sections, interventions, network).</summary>
    public static PlanComparisonDto Compare(int from, string fromJson, int to, string toJson)
    {
        var a = Items(JsonSerializer.Deserialize<Snapshot>(fromJson, Json)!);
        var b = Items(JsonSerializer.Deserialize<Snapshot>(toJson, Json)!);
        var added = b.Keys.Except(a.Keys).Select(k => b[k]).ToList();
        var removed = a.Keys.Except(b.Keys).Select(k => a[k]).ToList();
        var changed = a.Keys.Intersect(b.Keys).Where(k => a[k] != b[k]).Select(k => $"{a[k]} → {b[k]}").ToList();
        return new PlanComparisonDto(from, to, added, removed, changed);
    }

    // Danish words, not codes: the comparison is shown on the history page as it is. Numbers in their shortest form,
    // so that 4 and 4.0 (before and after a JSON round trip) are the same.
    private static Dictionary<string, string> Items(Snapshot s)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in s.Goals)
        {
            items[$"goal:{g.Id}"] = $"Mål «{g.CitizenWords}» ({Word(g.Kind)}, niveau {g.BaselineLevel?.ToString(CultureInfo.InvariantCulture) ?? "–"} → {g.TargetLevel.ToString(CultureInfo.InvariantCulture)}, frist {g.DueDate.ToString("d. MMMM yyyy", Danish)}, {Word(g.Status)})";
        }
        foreach (var x in s.Sections)
        {
            items[$"section:{x.Sector}"] = $"{SectorNames.Danish(x.Sector)}: {x.Text}";
        }
        foreach (var i in s.Interventions)
        {
            items[$"intervention:{i.Id}"] = $"Indsats {i.LegalBasis} {i.Method} ({Word(i.Status)}, {i.UnitsPerWeek.ToString("0.##", Danish)} pr. uge)";
        }
        foreach (var n in s.Network)
        {
            items[$"network:{n.Id}"] = $"Netværk {n.Contributor}: {n.Task}";
        }
        return items;
    }

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static string Word(string code) => code switch
    {
        "Develop" => "udvikle funktionsevne",
        "Maintain" => "fastholde funktionsevne",
        "LimitLoss" => "begrænse tab af funktionsevne",
        "Active" => "i gang",
        "Achieved" => "nået",
        "PartlyAchieved" => "delvist nået",
        "NotAchieved" => "ikke nået",
        "Cancelled" => "opgivet",
        "Ordered" => "afventer svar",
        "Declined" => "afvist",
        "Ended" => "afsluttet",
        _ => code,
    };
}
