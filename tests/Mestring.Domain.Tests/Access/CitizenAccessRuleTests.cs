using Mestring.Domain.Access;
using Mestring.Domain.Organisation;

namespace Mestring.Domain.Tests.Access;

public class CitizenAccessRuleTests
{
    private static readonly Guid Citizen = Guid.NewGuid();
    private static readonly Guid Team = Guid.NewGuid();
    private static readonly Guid Provider = Guid.NewGuid();

    private static CitizenRelations Relations(string? caseworker = "cw1", Guid? team = null, Guid[]? providers = null, string[]? network = null, bool breakGlass = false) =>
        new(Citizen, caseworker, team ?? Team, providers ?? [], network ?? [], breakGlass);

    private static Viewer As(string role, string user = "u", Guid? team = null, Guid? provider = null, Guid? citizen = null) =>
        new(user, user, role, Guid.NewGuid(), team, provider, citizen);

    [Fact]
    public void Caseworker_SeesAssignedCitizens() =>
        Assert.Equal(AccessBasis.Assigned, CitizenAccessRule.Decide(As(Roles.Caseworker, "cw1"), Relations()));

    [Fact]
    public void Caseworker_SeesTheTeamsCitizens() =>
        Assert.Equal(AccessBasis.Team, CitizenAccessRule.Decide(As(Roles.Caseworker, "cw2", team: Team), Relations()));

    [Fact]
    public void Caseworker_OfAnotherTeam_SeesNothingWithoutBreakingTheGlass()
    {
        var viewer = As(Roles.Caseworker, "cw3", team: Guid.NewGuid());
        Assert.Equal(AccessBasis.None, CitizenAccessRule.Decide(viewer, Relations()));
        Assert.Equal(AccessBasis.BreakTheGlass, CitizenAccessRule.Decide(viewer, Relations(breakGlass: true)));
    }

    [Fact]
    public void Provider_SeesOnlyCitizensWithAnOpenOrder()
    {
        var viewer = As(Roles.Provider, provider: Provider);
        Assert.Equal(AccessBasis.None, CitizenAccessRule.Decide(viewer, Relations()));
        Assert.Equal(AccessBasis.ActiveOrder, CitizenAccessRule.Decide(viewer, Relations(providers: [Provider])));
    }

    [Fact]
    public void Citizen_SeesOnlyThemself()
    {
        Assert.Equal(AccessBasis.Self, CitizenAccessRule.Decide(As(Roles.Citizen, citizen: Citizen), Relations()));
        Assert.Equal(AccessBasis.None, CitizenAccessRule.Decide(As(Roles.Citizen, citizen: Guid.NewGuid()), Relations()));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Supervision)]
    public void AggregateRoles_SeeNoPersonalData(string role) =>
        Assert.Equal(AccessBasis.None, CitizenAccessRule.Decide(As(role, "cw1", team: Team, provider: Provider, citizen: Citizen), Relations(providers: [Provider], breakGlass: true)));

    [Fact]
    public void NetworkMember_SeesOnlyUnderConsent()
    {
        Assert.Equal(AccessBasis.None, CitizenAccessRule.Decide(As(Roles.Network, "hanne"), Relations()));
        Assert.Equal(AccessBasis.SharedTask, CitizenAccessRule.Decide(As(Roles.Network, "hanne"), Relations(network: ["hanne"])));
    }

    [Fact]
    public void BreakGlass_LapsesAfterThreeHours()
    {
        var at = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
        var grant = new BreakGlassGrant(Guid.NewGuid(), "cw3", Citizen, "Akut henvendelse fra politiet om borgeren", at);
        Assert.True(grant.IsActive(at.AddHours(2.99)));
        Assert.False(grant.IsActive(at.AddHours(3)));
    }

    [Fact]
    public void BreakGlass_WithoutARealReason_IsRefused() =>
        Assert.Throws<Common.ValidationException>(() => new BreakGlassGrant(Guid.NewGuid(), "cw3", Citizen, "fordi", DateTimeOffset.UnixEpoch));
}
