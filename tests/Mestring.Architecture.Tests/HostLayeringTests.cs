using NetArchTest.Rules;

namespace Mestring.Architecture.Tests;

/// <summary>
/// The middle floor: use cases live once in the Application, Data is persistence only, and the hosts (web, CLI) bind,
/// call and format — they touch the database only to wire it up at start.
/// </summary>
public partial class LayeringTests
{
    private static readonly string[] Hosts = ["Mestring.Web", "mestring"];

    public static TheoryData<string> AllOurAssemblies => new()
    {
        "Mestring.Numerics", "Mestring.Economics", "Mestring.Evidence", "Mestring.Prevention", "Mestring.Oversight", "Mestring.Synthetic",
        "Mestring.Terminology", "Mestring.Domain", "Mestring.Registers", "Mestring.Reports", "Mestring.Fhir",
        "Mestring.Application", "Mestring.Data", "Mestring.Web", "mestring",
    };

    [Fact]
    public void Data_IsPersistenceOnly_ReferencingNoEngineFormatApplicationOrHost()
    {
        string[] forbidden = ["Mestring.Numerics", "Mestring.Economics", "Mestring.Evidence", "Mestring.Prevention", "Mestring.Oversight", "Mestring.Synthetic",
            "Mestring.Registers", "Mestring.Reports", "Mestring.Application", .. Hosts];
        Assert.Empty(ReferencedMestringAssemblies("Mestring.Data").Intersect(forbidden, StringComparer.Ordinal));
    }

    [Fact]
    public void Application_KnowsNoHost()
    {
        var references = Load("Mestring.Application").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Empty(references.Intersect([.. Hosts, "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Mvc.Core"], StringComparer.Ordinal));
        var result = Types.InAssembly(Load("Mestring.Application")).ShouldNot()
            .HaveDependencyOnAny("Mestring.Web", "Mestring.Cli", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing")
            .GetResult();
        Assert.True(result.IsSuccessful, "Application depends on a host: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void WebEndpointsAndPages_UseNoPersistence()
    {
        // Sign-in and sign-out use ASP.NET Identity's user type, which lives with the DbContext: that is wiring, not a use case.
        string[] identityWiring = ["Mestring.Web.Features.Auth.AuthEndpoints", "Mestring.Web.Pages.LoginModel", "Mestring.Web.Pages.LogoutModel"];
        var result = Types.InAssembly(Load("Mestring.Web"))
            .That().ResideInNamespaceStartingWith("Mestring.Web.Features").Or().ResideInNamespaceStartingWith("Mestring.Web.Pages")
            .ShouldNot().HaveDependencyOnAny("Mestring.Data", "Microsoft.EntityFrameworkCore")
            .GetResult();
        var offenders = (result.FailingTypeNames ?? []).Where(t => !identityWiring.Any(w => t == w || t.StartsWith(w + "+", StringComparison.Ordinal))).ToArray();
        Assert.True(offenders.Length == 0, "Web endpoints or pages reach into persistence: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Hosts_OpenTheDatabaseButNeverQueryOrWriteIt()
    {
        // A CLI verb opens and disposes a context to hand to its use case (wiring); reading and writing rows is the
        // Application's job. These are the EF types through which code queries, tracks or writes.
        string[] dataAccess =
        [
            "Microsoft.EntityFrameworkCore.DbSet", "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions",
            "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions",
            "Microsoft.EntityFrameworkCore.ChangeTracking", "Microsoft.EntityFrameworkCore.EF",
        ];
        string[] wiring = ["Mestring.Web.Hosting.", "Mestring.Cli.Commands.DatabaseOption"];
        foreach (var host in Hosts)
        {
            var result = Types.InAssembly(Load(host)).ShouldNot().HaveDependencyOnAny(dataAccess).GetResult();
            var offenders = (result.FailingTypeNames ?? []).Where(t => !wiring.Any(w => t.StartsWith(w, StringComparison.Ordinal))).ToArray();
            Assert.True(offenders.Length == 0, $"{host} queries or writes the database outside its start-up wiring: " + string.Join(", ", offenders));
        }
    }

    [Fact]
    public void Cli_DoesNotGoThroughTheWebForItsUseCases()
    {
        // `mestring serve` hosts the web app in-process (MestringApp); every other verb calls the Application.
        var result = Types.InAssembly(Load("mestring")).That().DoNotHaveName("ServeCommand")
            .ShouldNot().HaveDependencyOn("Mestring.Web").GetResult();
        var offenders = (result.FailingTypeNames ?? []).Where(t => !t.StartsWith("Mestring.Cli.Commands.ServeCommand", StringComparison.Ordinal)).ToArray();
        Assert.True(offenders.Length == 0, "CLI verbs use the web project: " + string.Join(", ", offenders));
    }

    [Theory]
    [MemberData(nameof(AllOurAssemblies))]
    public void NoCodeReadsTheWallClock_OnlyTimeProvider(string assembly)
    {
        (string, string)[] wallClock =
        [
            ("System.DateTime", "get_Now"), ("System.DateTime", "get_UtcNow"), ("System.DateTime", "get_Today"),
            ("System.DateTimeOffset", "get_Now"), ("System.DateTimeOffset", "get_UtcNow"),
        ];
        var reads = MemberReferences(Load(assembly).Location).Where(r => wallClock.Contains(r)).Select(r => $"{r.Type}::{r.Member}").ToArray();
        Assert.True(reads.Length == 0, $"{assembly} reads the wall clock instead of a TimeProvider: {string.Join(", ", reads)}");
    }
}
