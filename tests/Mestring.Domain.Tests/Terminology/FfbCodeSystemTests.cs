using Mestring.Terminology;

namespace Mestring.Domain.Tests.Terminology;

public class FfbCodeSystemTests
{
    [Fact]
    public void Shipped_IsKlsVersion20240530() => Assert.Equal("20240530", FfbCodeSystem.Default.Version);

    [Fact]
    public void Shipped_HoldsEveryConceptOfTheFile() => Assert.Equal(220, FfbCodeSystem.Default.Concepts.Count);

    [Fact]
    public void FunctionLevels_AreTheFiveLevelsAndNotAssessed()
    {
        var b = FfbBranches.Default;
        var codes = Enumerable.Range(0, 5).Select(l => b.FunctionLevelCode(l)).Append(b.FunctionLevelCode(null)).ToHashSet();
        Assert.Equal(6, codes.Count);
        Assert.Equal(codes, b.Ffb.ChildrenOf(b.FunctionLevels.Code).Select(c => c.Code).ToHashSet());
    }

    [Fact]
    public void ActivityAndParticipation_HasSixGroups() =>
        Assert.Equal(["Egenomsorg", "Kommunikation", "Mobilitet", "Praktiske opgaver", "Relationer", "Samfundsliv"],
            FfbBranches.Default.Ffb.ChildrenOf(FfbBranches.Default.ActivityAndParticipation.Code).Select(c => c.Display).Order(StringComparer.Ordinal));

    [Fact]
    public void Services_AreBelowYdelse()
    {
        var b = FfbBranches.Default;
        Assert.True(b.IsService(TestCodes.HomeSupport));
        Assert.False(b.IsService(TestCodes.Cooking));
        Assert.False(b.IsService("not-a-code"));
    }
}
