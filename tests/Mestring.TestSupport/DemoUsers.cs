namespace Mestring.TestSupport;

/// <summary>The demo users seeded when <c>Demo:Enabled=true</c> (README).</summary>
public static class DemoUsers
{
    public const string Password = "Mestring-demo-1";
    public const string Caseworker1 = "caseworker1";
    public const string Caseworker2 = "caseworker2";
    public const string Provider1 = "provider1";
    public const string Citizen1 = "citizen1";
    public const string Manager1 = "manager1";
    public const string Admin = "admin";
    public const string Supervision1 = "tilsyn1";

    public static IReadOnlyList<string> All { get; } = [Caseworker1, Caseworker2, Provider1, Citizen1, Manager1, Admin];
}
