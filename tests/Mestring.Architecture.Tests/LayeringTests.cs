using System.Reflection;
using NetArchTest.Rules;

namespace Mestring.Architecture.Tests;

/// <summary>
/// The pure engines and the domain stay free of databases, web frameworks, the file system and the clock,
/// so that they are fast, testable and give the same numbers everywhere.
/// </summary>
public partial class LayeringTests
{
    private static readonly string[] Frameworks =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting",
        "Mestring.Data",
        "Mestring.Web",
    ];

    public static TheoryData<string> PureAssemblies => new()
    {
        "Mestring.Economics",
        "Mestring.Evidence",
        "Mestring.Prevention",
        "Mestring.Oversight",
        "Mestring.Synthetic",
        "Mestring.Numerics",
        "Mestring.Domain",
    };

    internal static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    [Theory]
    [MemberData(nameof(PureAssemblies))]
    public void PureCode_DependsOnNoFramework(string assembly)
    {
        var result = Types.InAssembly(Load(assembly)).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();
        Assert.True(result.IsSuccessful, $"{assembly} depends on a framework: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("Mestring.Economics")]
    [InlineData("Mestring.Evidence")]
    [InlineData("Mestring.Prevention")]
    [InlineData("Mestring.Oversight")]
    [InlineData("Mestring.Synthetic")]
    [InlineData("Mestring.Numerics")]
    [InlineData("Mestring.Domain")]
    public void Engines_DoNotTouchTheFileSystemOrTheNetwork(string assembly)
    {
        var result = Types.InAssembly(Load(assembly)).ShouldNot()
            .HaveDependencyOnAny("System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.Net.Http", "System.Net.Sockets")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{assembly} does I/O: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Domain_DoesNotDependOnTheEngines()
    {
        var result = Types.InAssembly(Load("Mestring.Domain")).ShouldNot()
            .HaveDependencyOnAny("Mestring.Economics", "Mestring.Evidence", "Mestring.Prevention", "Mestring.Oversight", "Mestring.Synthetic").GetResult();
        Assert.True(result.IsSuccessful);
    }

    [Fact]
    public void RegisterFormat_DependsOnNoDatabase()
    {
        var result = Types.InAssembly(Load("Mestring.Registers")).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void FhirFormat_KnowsTheDomainButNoDatabase()
    {
        var result = Types.InAssembly(Load("Mestring.Fhir")).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
