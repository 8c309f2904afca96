using Mestring.TestSupport;

namespace Mestring.Browser.Tests;

/// <summary>
/// One app (and one seeded demo municipality) for both evidence test classes: seeding the generated population is the
/// expensive part, and the evidence tests only read, so they can share it. Tests in a collection run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EvidenceApp : ICollectionFixture<BrowserFixture>
{
    public const string Name = "evidence pages";
}
