namespace Mestring.Oversight;

/// <summary>
/// People around tilbud: a graph of tilbud, companies and persons (providers.csv's owner and leader plus the extra
/// links). A tilbud is a lead when a path of at most <see cref="OversightSettings.MaxPathEdges"/> edges through persons
/// and companies (never through another tilbud, never through a hub such as the municipality owning its own tilbud)
/// reaches a quarantined person or a tilbud whose approval ended. The evidence is the shortest path.
/// </summary>
internal static class NetworkSignals
{
    private const string TilbudPrefix = "tilbud:";

    public static IEnumerable<Signal> Run(OversightContext c)
    {
        var edges = new Dictionary<string, List<(string Node, string Role)>>(StringComparer.Ordinal);
        void Link(string from, string to, string role)
        {
            Add(edges, from, to, role);
            Add(edges, to, from, role);
        }
        foreach (var p in c.Input.Providers)
        {
            if (p.OwnerId is { } owner)
            {
                Link(TilbudPrefix + p.ProviderId, owner, "owner");
            }
            if (p.LeaderId is { } leader)
            {
                Link(TilbudPrefix + p.ProviderId, leader, "leader");
            }
        }
        foreach (var l in c.Input.Links)
        {
            var from = c.Providers.ContainsKey(l.FromId) ? TilbudPrefix + l.FromId : l.FromId;
            Link(from, l.ToId, l.Role);
        }
        var quarantinedPersons = new HashSet<string>(c.Input.QuarantinedPersons, StringComparer.Ordinal);
        var endedTilbud = new HashSet<string>(c.Input.Providers.Where(p => p.Quarantined).Select(p => TilbudPrefix + p.ProviderId), StringComparer.Ordinal);
        var hubs = new HashSet<string>(edges.Where(kv => !kv.Key.StartsWith(TilbudPrefix, StringComparison.Ordinal)
            && kv.Value.Count(e => e.Node.StartsWith(TilbudPrefix, StringComparison.Ordinal)) > c.Settings.MaxHubDegree).Select(kv => kv.Key), StringComparer.Ordinal);
        foreach (var p in c.Input.Providers.Where(p => !p.Quarantined).OrderBy(p => p.ProviderId, StringComparer.Ordinal))
        {
            var path = Search(TilbudPrefix + p.ProviderId, edges, hubs, quarantinedPersons, endedTilbud, c.Settings.MaxPathEdges);
            if (path is null)
            {
                continue;
            }
            var target = path[^1].Node;
            var targetText = target.StartsWith(TilbudPrefix, StringComparison.Ordinal)
                ? $"tilbud {target[TilbudPrefix.Length..]} (approval ended / quarantine)" : $"{target} (in quarantine)";
            var steps = new List<string> { p.ProviderId };
            var rows = new List<IReadOnlyList<string>>();
            for (var i = 1; i < path.Count; i++)
            {
                var name = Display(path[i].Node);
                steps.Add($"-{path[i].Role}- {name}");
                rows.Add([Display(path[i - 1].Node), path[i].Role, name]);
            }
            var edgesCount = path.Count - 1;
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["pathEdges"] = edgesCount };
            var summary = $"Linked to {targetText} through {edgesCount} link(s): {string.Join(" ", steps)}.";
            yield return new Signal(p.ProviderId, SignalKinds.SharedOwnerWithQuarantined, edgesCount <= 2 ? Severity.High : Severity.Medium,
                new SignalEvidence(summary, figures, ["from", "role", "to"], rows, [.. path.Select(x => Display(x.Node))]));
        }
    }

    private static string Display(string node) => node.StartsWith(TilbudPrefix, StringComparison.Ordinal) ? node[TilbudPrefix.Length..] : node;

    private static void Add(Dictionary<string, List<(string, string)>> edges, string from, string to, string role)
    {
        if (!edges.TryGetValue(from, out var list))
        {
            edges[from] = list = [];
        }
        list.Add((to, role));
    }

    /// <summary>Breadth-first: the shortest path (ordinal tie-break, so deterministic) to a target, or null.</summary>
    private static List<(string Node, string Role)>? Search(
        string start, Dictionary<string, List<(string Node, string Role)>> edges, HashSet<string> hubs, HashSet<string> persons,
        HashSet<string> tilbud, int maxEdges)
    {
        var parent = new Dictionary<string, (string From, string Role)>(StringComparer.Ordinal) { [start] = ("", "") };
        var frontier = new List<string> { start };
        for (var depth = 0; depth < maxEdges && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                if (!edges.TryGetValue(node, out var list))
                {
                    continue;
                }
                foreach (var (to, role) in list.OrderBy(e => e.Node, StringComparer.Ordinal).ThenBy(e => e.Role, StringComparer.Ordinal))
                {
                    if (parent.ContainsKey(to))
                    {
                        continue;
                    }
                    parent[to] = (node, role);
                    if (persons.Contains(to) || tilbud.Contains(to))
                    {
                        return Unwind(parent, to);
                    }
                    // Paths run through persons and companies only; hubs are not followed.
                    if (!to.StartsWith(TilbudPrefix, StringComparison.Ordinal) && !hubs.Contains(to))
                    {
                        next.Add(to);
                    }
                }
            }
            frontier = next;
        }
        return null;
    }

    private static List<(string, string)> Unwind(Dictionary<string, (string From, string Role)> parent, string end)
    {
        var path = new List<(string, string)>();
        var node = end;
        while (node.Length > 0)
        {
            var (from, role) = parent[node];
            path.Add((node, role));
            node = from;
        }
        path.Reverse();
        return path;
    }
}
