using Mestring.Terminology;

namespace Mestring.Web.Tests.Support;

/// <summary>Facts about the seeded demo municipality that the tests rely on (README: demo users).</summary>
public static class DemoFacts
{
    public const string Citizen1Name = "Sara Jensen";
    public const string Provider1Name = "Bostøtten Nord";
    /// <summary>In caseworker1's team, served by another provider than provider1.</summary>
    public const string OtherCitizenName = "Amira Hassan";

    public static string Condition(string group, string name)
    {
        var ffb = FfbCodeSystem.Default;
        return ffb.ChildNamed(ffb.ChildNamed(FfbBranches.Default.ActivityAndParticipation.Code, group).Code, name).Code;
    }

    public static string Service(string display) =>
        FfbCodeSystem.Default.DescendantsOf(FfbBranches.Default.Services.Code).First(c => c.Display == display).Code;

    public static async Task<string> CitizenIdAsync(Api caseworker, string name)
    {
        var list = (await caseworker.GetAsync("/api/v1/citizens")).Arr();
        return list.First(c => c.Str("name") == name).Str("id");
    }

    public static async Task<string> ProviderIdAsync(Api api, string name)
    {
        var list = (await api.GetAsync("/api/v1/providers")).Arr();
        return list.First(p => p.Str("name") == name).Str("id");
    }

    public static object Goal(string words = "Jeg vil kunne gå i byen selv", int baseline = 3, int target = 1) => new
    {
        citizenWords = words,
        professionalText = "Borgeren udvikler evnen til at færdes med offentlig transport",
        kind = "Develop",
        primaryConditionCode = Condition("Mobilitet", "Færdes med transportmidler"),
        secondaryConditionCodes = Array.Empty<string>(),
        baselineLevel = baseline,
        targetLevel = target,
        dueDate = "2027-06-30",
    };

    public static object Order(string providerId, string goalId, string? serviceCode = null) => new
    {
        serviceCode = serviceCode ?? Service("Støtte til transport"),
        legalBasis = "SEL-85",
        sector = "Social",
        providerId,
        method = "Recovery-orienteret bostøtte",
        unitsPerWeek = 2,
        unit = "Hour",
        unitPrice = 540,
        start = "2026-12-01",
        goalIds = new[] { goalId },
    };
}
