namespace Mestring.Economics.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Engine_ReferencesNoFrameworkOrDataAccessAssemblies()
    {
        var references = typeof(AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("Npgsql", StringComparison.Ordinal)
            // The shared generator and deterministic maths are the one Mestring project an engine may use.
            || (name.StartsWith("Mestring.", StringComparison.Ordinal) && name != "Mestring.Numerics"));
    }
}
