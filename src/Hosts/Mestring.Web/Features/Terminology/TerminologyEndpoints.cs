using Mestring.Terminology;
using Mestring.Application.Assessments;

namespace Mestring.Web.Features.Terminology;

public sealed record CodeDto(string Code, string Display, string? Parent, int Depth);

public sealed record TerminologyDto(string System, string Version, string ScoringRule, IReadOnlyList<CodeDto> Conditions, IReadOnlyList<CodeDto> Services, IReadOnlyList<CodeDto> GoalTypes, IReadOnlyList<CodeDto> TargetGroups);

/// <summary>The FFB codes the forms need, from the shipped CodeSystem.</summary>
internal static class TerminologyEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/terminology/ffb", () => TypedResults.Ok(Build())).WithTags("Terminology");

    private static readonly Lazy<TerminologyDto> Cached = new(() =>
    {
        var b = FfbBranches.Default;
        return new TerminologyDto(FfbCodeSystem.SystemUri, b.Ffb.Version, AssessmentService.ScoringRule,
            Tree(b, b.ActivityAndParticipation.Code).Concat(Tree(b, b.FunctionsAndCircumstances.Code)).ToList(),
            Tree(b, b.Services.Code).ToList(),
            Tree(b, b.GoalTypes.Code).ToList(),
            Tree(b, b.TargetGroups.Code).ToList());
    });

    public static TerminologyDto Build() => Cached.Value;

    private static IEnumerable<CodeDto> Tree(FfbBranches b, string root, int depth = 0)
    {
        foreach (var child in b.Ffb.ChildrenOf(root))
        {
            yield return new CodeDto(child.Code, child.Display, child.ParentCode, depth);
            foreach (var grandChild in Tree(b, child.Code, depth + 1))
            {
                yield return grandChild;
            }
        }
    }
}
