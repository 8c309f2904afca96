using System.Xml.Linq;

namespace Mestring.Architecture.Tests;

/// <summary>
/// The tests follow the layers too: the web tests drive the web host (and seed through the Application), the CLI's
/// verbs are tested in Mestring.Cli.Tests. Checked on the project graph, since a compiled assembly drops a reference
/// it does not use.
/// </summary>
public class TestProjectLayeringTests
{
    [Fact]
    public void WebTests_DoNotReferenceTheCli_DirectlyOrThroughAnotherProject()
    {
        var reached = ProjectsReachedFrom(Path.Combine(RepositoryRoot(), "tests", "Mestring.Web.Tests", "Mestring.Web.Tests.csproj"));
        Assert.Contains(reached, p => Path.GetFileName(p) == "Mestring.Web.csproj");
        Assert.DoesNotContain(reached, p => Path.GetFileName(p) == "Mestring.Cli.csproj");
    }

    [Fact]
    public void CliTests_AreInTheSolution_SoTheReadmesTestCommandRunsThem()
    {
        var solution = XDocument.Load(Path.Combine(RepositoryRoot(), "Mestring.slnx"));
        var projects = solution.Descendants("Project").Select(p => (string?)p.Attribute("Path")).ToList();
        Assert.Contains("tests/Mestring.Cli.Tests/Mestring.Cli.Tests.csproj", projects);
        Assert.Contains("tests/Mestring.Web.Tests/Mestring.Web.Tests.csproj", projects);
    }

    /// <summary>Every project file reachable through ProjectReference items, as full paths.</summary>
    private static HashSet<string> ProjectsReachedFrom(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            foreach (var include in XDocument.Load(current).Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")))
            {
                if (include is null)
                {
                    continue;
                }
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, include.Replace('\\', Path.DirectorySeparatorChar)));
                if (reached.Add(path))
                {
                    pending.Push(path);
                }
            }
        }
        return reached;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mestring.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Mestring.slnx not found above " + AppContext.BaseDirectory);
    }
}
