using Mestring.Terminology;

namespace Mestring.Synthetic.Model;

/// <summary>FFB codes looked up by their published display names within a branch (never retyped).</summary>
internal static class Ffb
{
    private static readonly FfbBranches Branches = FfbBranches.Default;
    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Service(string display) => Find(Branches.Services.Code, display);

    public static string Condition(string display) => Find(Branches.ActivityAndParticipation.Code, display);

    public static string TargetGroup(string display) => Find(Branches.TargetGroups.Code, display);

    /// <summary>The FFB målgruppe branch "Funktionsnedsættelse" (disabilities), as opposed to "Socialt problem".</summary>
    public static string DisabilityBranch => Find(Branches.TargetGroups.Code, "Funktionsnedsættelse");

    private static string Find(string branch, string display)
    {
        var key = branch + "/" + display;
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var code))
            {
                code = Branches.Ffb.DescendantsOf(branch).FirstOrDefault(c => string.Equals(c.Display, display, StringComparison.Ordinal))?.Code
                    ?? throw new KeyNotFoundException($"FFB has no '{display}' below {branch}.");
                Cache[key] = code;
            }
            return code;
        }
    }
}
