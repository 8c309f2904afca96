namespace Mestring.Data.Auditing;

/// <summary>Who is acting, for the audit log. The web app reads it from the signed-in user.</summary>
public interface IAuditActor
{
    string UserId { get; }
    string UserName { get; }
    string Role { get; }
    /// <summary>The reason given for this unit of work (e.g. break-the-glass), if any.</summary>
    string? Reason { get; }
}

public sealed class SystemActor(string name = "system") : IAuditActor
{
    public string UserId => name;
    public string UserName => name;
    public string Role => "System";
    public string? Reason => null;
}
