using Mestring.Terminology;

namespace Mestring.Domain.Tests;

/// <summary>FFB codes for tests, looked up by name in the shipped CodeSystem (never retyped).</summary>
internal static class TestCodes
{
    private static FfbCodeSystem Ffb => FfbCodeSystem.Default;

    public static string Condition(string group, string name) =>
        Ffb.ChildNamed(Ffb.ChildNamed(FfbBranches.Default.ActivityAndParticipation.Code, group).Code, name).Code;

    public static string Cooking => Condition("Praktiske opgaver", "Lave mad");

    public static string Economy => Condition("Samfundsliv", "Varetage økonomi");

    public static string Memory => Ffb.ChildNamed(Ffb.ChildNamed(FfbBranches.Default.FunctionsAndCircumstances.Code, "Mentale funktioner").Code, "Hukommelse").Code;

    public static string HomeSupport => Ffb.DescendantsOf(FfbBranches.Default.Services.Code).First(c => c.Display == "Støtte til daglige opgaver i hjemmet").Code;
}
