namespace Mestring.Domain.Organisation;

/// <summary>The roles of DESIGN.md. Names are stable identifiers stored with users and in the audit log.</summary>
public static class Roles
{
    public const string Caseworker = "Caseworker";
    public const string Provider = "Provider";
    public const string Citizen = "Citizen";
    public const string Network = "Network";
    public const string Manager = "Manager";
    public const string Supervision = "Supervision";
    public const string Admin = "Admin";
    public const string Auditor = "Auditor";
    /// <summary>A parent with custody (forældremyndighed) of a child: sees the child's plan and decisions, never who notified.</summary>
    public const string Parent = "Parent";

    public static readonly IReadOnlyList<string> All = [Caseworker, Provider, Citizen, Network, Manager, Supervision, Admin, Auditor, Parent];
}
