using System.Globalization;
using Mestring.Registers;
using Mestring.Registers.Operational;
using Mestring.Synthetic.Model;
using Mestring.Numerics;
using Mestring.Synthetic.Tables;
using Mestring.Terminology;

namespace Mestring.Synthetic.Operational;

/// <summary>What the case builder reads of a generated municipality (all indexes are the generator's).</summary>
internal sealed record CaseSource(
    GeneratorOptions Options,
    int DataEnd,
    int[] BirthDay,
    Sex[] Sex,
    int[] DeathDay,
    bool[] ResidentAtEnd,
    List<Spell> Spells,
    IReadOnlyList<Programme> Programmes,
    ProviderRow[] Providers,
    AssessmentTable Assessments,
    string[] ConditionCodes);

/// <summary>
/// Derives the operational records (docs/synthetic-municipality.md, "Operational records") from the generated rows: for
/// every citizen alive and resident at the data end with a service in the last two years, an identity, a team and one
/// plan whose orders are those services, whose goals sit on the conditions the services address with the baseline
/// level of the baseline assessment, and whose follow-ups rest on the follow-up assessments. Nothing here draws on
/// the simulation's random streams (the names and the citizens' own ratings have streams of their own), so the register
/// rows do not change.
/// <para>The citizen's own rating of a goal (1–10) follows the assessed function level: about 8 − 1.5 × level at the
/// baseline, and at the follow-up the baseline rating + 1.5 × the levels gained, each with normal noise (SD 1), rounded and
/// kept within 1–10. So a method that improves function also shows in what the citizen says — but only as the levels do.</para>
/// </summary>
internal static class CaseRecords
{
    /// <summary>Services that ended within this many days before the data end still belong to the current case.</summary>
    public const int RecentDays = 730;

    public static readonly string[] Teams = ["Børn og unge", "Voksenhandicap", "Socialt udsatte voksne"];

    private static readonly HashSet<string> DisabilityProgrammes = new(StringComparer.Ordinal)
    {
        "Socialpædagogisk støtte (handicap)", "Bostøtte i botilbudslignende tilbud", "Længerevarende botilbud",
        "Aktivitets- og samværstilbud", "Beskyttet beskæftigelse",
    };

    public static OperationalRecords Build(CaseSource src)
    {
        var conditionRank = src.Programmes.Select(p => p.ConditionDisplay is null ? -1 : Array.BinarySearch(src.ConditionCodes, Ffb.Condition(p.ConditionDisplay), StringComparer.Ordinal)).ToArray();
        var displays = src.ConditionCodes.Select(c => FfbCodeSystem.Default.Find(c)?.Display ?? c).ToArray();
        var windowStart = src.DataEnd - RecentDays + 1;

        var byPerson = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < src.Spells.Count; i++)
        {
            var s = src.Spells[i];
            var p = s.Person;
            if (s.End < windowStart || src.DeathDay[p] >= 0 || !src.ResidentAtEnd[p])
            {
                continue;
            }
            if (!byPerson.TryGetValue(p, out var list))
            {
                byPerson[p] = list = [];
            }
            list.Add(i);
        }

        var identities = new Identities(src.Options.Seed);
        var ratings = SeededRandom.Derive(src.Options.Seed, 22);
        var citizens = new List<CitizenIdentity>(byPerson.Count);
        var plans = new List<CasePlan>(byPerson.Count);
        foreach (var (person, spellIndexes) in byPerson)
        {
            spellIndexes.Sort((a, b) => src.Spells[a].Start != src.Spells[b].Start ? src.Spells[a].Start.CompareTo(src.Spells[b].Start) : a.CompareTo(b));
            var birth = DateOnly.FromDayNumber(src.BirthDay[person]);
            var latest = src.Programmes[src.Spells[spellIndexes[^1]].Programme];
            var team = latest.Area == Area.Children ? 0 : DisabilityProgrammes.Contains(latest.Name) ? 1 : 2;
            citizens.Add(new CitizenIdentity(Ids.Person(person), identities.Cpr(birth, src.Sex[person]), identities.Name(src.Sex[person]), team));
            plans.Add(BuildPlan(src, person, spellIndexes, conditionRank, displays, ratings));
        }
        return new OperationalRecords(Teams, citizens, plans, ChildCases.Build(src, byPerson.Select(kv => (kv.Key, kv.Value))));
    }

    private static CasePlan BuildPlan(CaseSource src, int person, List<int> spellIndexes, int[] conditionRank, string[] displays, SeededRandom ratings)
    {
        var goals = new List<CaseGoal>();
        var goalByBaseline = new Dictionary<(int Condition, int Day), int>();
        var orders = new List<CaseOrder>();
        var followUps = new List<CaseFollowUp>();
        var first = src.Assessments.FirstOf(person);
        foreach (var index in spellIndexes)
        {
            var s = src.Spells[index];
            var serviceId = Ids.Service(index);
            var condition = conditionRank[s.Programme];
            var baseline = condition < 0 ? null : Latest(src.Assessments, first, person, condition, s.Start);
            if (baseline is not { Level: { } level } b)
            {
                orders.Add(new CaseOrder(serviceId, []));
                continue;
            }
            // The follow-up the generator assessed: min(start + 365, end), when at least 90 days after the start.
            var followDay = s.Start + Math.Min(365, s.End - s.Start);
            var followRow = followDay - s.Start >= 90 && followDay <= src.DataEnd ? Find(src.Assessments, first, person, followDay, condition) : -1;
            var active = s.End > src.DataEnd;
            var openDue = -1;
            if (active)
            {
                var k = Math.Max(1, (src.DataEnd - s.Start) / 365 + 1);
                openDue = s.Start + 365 * k;
            }
            var target = Math.Max(0, level - 1);
            string status;
            string? decision = null;
            int? reached = null;
            if (followRow >= 0)
            {
                reached = src.Assessments.Level(followRow);
                var ended = !active && s.End == followDay;
                decision = ended ? nameof(FollowUpDecisionKind.End) : nameof(FollowUpDecisionKind.Continue);
                status = reached is { } r && r <= target ? "Achieved"
                    : ended ? (reached is { } r2 && r2 < level ? "PartlyAchieved" : "NotAchieved")
                    : "Active";
            }
            else
            {
                status = active ? "Active" : "NotAchieved";
            }

            if (!goalByBaseline.TryGetValue((condition, b.Day), out var goalIndex))
            {
                goalIndex = goals.Count;
                goalByBaseline[(condition, b.Day)] = goalIndex;
                var display = displays[condition];
                var lower = char.ToLowerInvariant(display[0]) + display[1..];
                var secondary = SameDay(src.Assessments, first, person, b.Day).Where(c => c != condition).Select(c => src.ConditionCodes[c]).ToList();
                goals.Add(new CaseGoal(
                    $"Jeg vil blive bedre til at {lower}",
                    string.Create(CultureInfo.InvariantCulture, $"Borgeren udvikler sin funktionsevne i at {lower} fra niveau {level} til {target}."),
                    level > 0 ? "Develop" : "Maintain",
                    src.ConditionCodes[condition], secondary, level, DateOnly.FromDayNumber(b.Day), target,
                    DateOnly.FromDayNumber(openDue >= 0 ? openDue : followDay), status, Rating(ratings, 8 - 1.5 * level)));
            }
            orders.Add(new CaseOrder(serviceId, [goalIndex]));
            if (followRow >= 0)
            {
                var note = reached is { } lvl
                    ? string.Create(CultureInfo.InvariantCulture, $"Funktionsniveau {level} ved start, {lvl} ved opfølgningen.")
                    : "Ikke vurderet ved opfølgningen.";
                int? rating = reached is { } gained && goals[goalIndex].CitizenRating is { } before ? Rating(ratings, before + 1.5 * (level - gained)) : null;
                followUps.Add(new CaseFollowUp(serviceId, DateOnly.FromDayNumber(followDay), decision, DateOnly.FromDayNumber(followDay), note, rating));
            }
            if (openDue >= 0 && openDue != followDay)
            {
                followUps.Add(new CaseFollowUp(serviceId, DateOnly.FromDayNumber(openDue), null, null, null));
            }
        }

        var sections = new List<CasePlanSection>();
        foreach (var group in spellIndexes.GroupBy(i => src.Programmes[src.Spells[i].Programme].Area).OrderBy(g => g.Key))
        {
            var lines = group.Select(i => Describe(src, i));
            var latest = src.Spells[group.Last()];
            sections.Add(new CasePlanSection(group.Key == Area.Children ? "Children" : "Social", string.Join("\n", lines), src.Providers[latest.Provider].Name));
        }
        var open = followUps.Where(f => f.Decision is null).Select(f => (DateOnly?)f.DueDate).Min();
        return new CasePlan(Ids.Person(person), DateOnly.FromDayNumber(src.Spells[spellIndexes[0]].Start), sections, goals, orders, followUps, open);
    }

    private static int Rating(SeededRandom rng, double expected) => Math.Clamp((int)Math.Round(expected + rng.IrwinHallNormal(), MidpointRounding.AwayFromZero), 1, 10);

    private static string Describe(CaseSource src, int index)
    {
        var s = src.Spells[index];
        var programme = src.Programmes[s.Programme];
        var unit = programme.Unit switch
        {
            ServiceUnit.Day => "døgn",
            ServiceUnit.Hour => "timer",
            ServiceUnit.Week => "uger",
            _ => "måneder",
        };
        var end = s.End > src.DataEnd ? "" : DateOnly.FromDayNumber(s.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{programme.Name} ({programme.LegalBasis}, {Methods.All[s.Method].Name}): {s.UnitsPerWeek:0.##} {unit} om ugen hos {src.Providers[s.Provider].Name}, {DateOnly.FromDayNumber(s.Start):yyyy-MM-dd}–{end}");
    }

    /// <summary>The latest assessment row of the person on the condition on or before <paramref name="day"/>.</summary>
    private static (int Day, int? Level)? Latest(AssessmentTable t, int first, int person, int condition, int day)
    {
        (int, int?)? found = null;
        for (var i = first; i < t.Count && t.Person(i) == person && t.Day(i) <= day; i++)
        {
            if (t.Condition(i) == condition)
            {
                found = (t.Day(i), t.Level(i));
            }
        }
        return found;
    }

    private static int Find(AssessmentTable t, int first, int person, int day, int condition)
    {
        for (var i = first; i < t.Count && t.Person(i) == person && t.Day(i) <= day; i++)
        {
            if (t.Day(i) == day && t.Condition(i) == condition)
            {
                return i;
            }
        }
        return -1;
    }

    private static IEnumerable<int> SameDay(AssessmentTable t, int first, int person, int day)
    {
        for (var i = first; i < t.Count && t.Person(i) == person && t.Day(i) <= day; i++)
        {
            if (t.Day(i) == day)
            {
                yield return t.Condition(i);
            }
        }
    }
}
