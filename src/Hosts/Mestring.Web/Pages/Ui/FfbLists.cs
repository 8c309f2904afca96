using Mestring.Terminology;
using Mestring.Web.Features.Terminology;

namespace Mestring.Web.Pages.Ui;

/// <summary>The FFB code lists the forms offer, grouped as FFB groups them (from the shipped CodeSystem).</summary>
public static class FfbLists
{
    public sealed record Group(CodeDto Head, IReadOnlyList<CodeDto> Items);

    private static readonly Lazy<IReadOnlyList<Group>> Activity = new(() => Groups(c => FfbBranches.Default.IsActivityAndParticipation(c.Code)));
    private static readonly Lazy<IReadOnlyList<Group>> Functions = new(() => Groups(c => !FfbBranches.Default.IsActivityAndParticipation(c.Code)));

    /// <summary>Aktivitet og deltagelse: the conditions a goal can address (Egenomsorg, Praktiske opgaver …).</summary>
    public static IReadOnlyList<Group> ActivityAndParticipation => Activity.Value;

    /// <summary>Funktioner og forhold (scored without medicine or aids).</summary>
    public static IReadOnlyList<Group> FunctionsAndCircumstances => Functions.Value;

    /// <summary>FFB ydelser, flattened with their depth for indentation.</summary>
    public static IReadOnlyList<CodeDto> Services => TerminologyEndpoints.Build().Services;

    /// <summary>
    /// The ydelser as option groups: one group per node that has children (labelled with its path), holding the
    /// node itself ("general") and its direct children that have none.
    /// </summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<(string Code, string Display, bool General)> Items)> ServiceGroups => ServiceGroupList.Value;

    private static readonly Lazy<IReadOnlyList<(string Label, IReadOnlyList<(string Code, string Display, bool General)> Items)>> ServiceGroupList = new(() =>
    {
        var all = Services;
        var byCode = all.ToDictionary(s => s.Code, StringComparer.Ordinal);
        string PathOf(CodeDto node) => node.Parent is { } p && byCode.TryGetValue(p, out var parent) ? PathOf(parent) + " › " + node.Display : node.Display;
        var groups = new List<(string, IReadOnlyList<(string, string, bool)>)>();
        foreach (var node in all)
        {
            var children = all.Where(c => c.Parent == node.Code).ToList();
            if (children.Count == 0)
            {
                continue;
            }
            var items = new List<(string, string, bool)> { (node.Code, node.Display, true) };
            items.AddRange(children.Where(c => all.All(x => x.Parent != c.Code)).Select(c => (c.Code, c.Display, false)));
            groups.Add((PathOf(node), items));
        }
        return groups;
    });

    public static string ScoringRule => TerminologyEndpoints.Build().ScoringRule;

    public static string Display(string code) => FfbCodeSystem.Default.Find(code)?.Display ?? code;

    private static List<Group> Groups(Func<CodeDto, bool> include)
    {
        var all = TerminologyEndpoints.Build().Conditions.Where(include).ToList();
        var groups = new List<Group>();
        foreach (var head in all.Where(c => c.Depth == 0))
        {
            groups.Add(new Group(head, [.. Descendants(all, head.Code)]));
        }
        return groups;
    }

    private static IEnumerable<CodeDto> Descendants(List<CodeDto> all, string parent)
    {
        foreach (var child in all.Where(c => c.Parent == parent))
        {
            yield return child;
            foreach (var grandChild in Descendants(all, child.Code))
            {
                yield return grandChild;
            }
        }
    }
}
