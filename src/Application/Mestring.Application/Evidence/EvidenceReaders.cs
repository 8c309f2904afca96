using DomainRoles = Mestring.Domain.Organisation.Roles;

namespace Mestring.Application.Evidence;

/// <summary>
/// Who may read the evaluation of methods, providers and the stop list: aggregates for managers, administrators and
/// supervision (no caseworkers). The web's policy and the case builder's local-evidence source both read this list.
/// </summary>
public static class EvidenceReaders
{
    public static readonly IReadOnlyList<string> Roles = [DomainRoles.Manager, DomainRoles.Admin, DomainRoles.Supervision];

    public static bool Allows(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);
}
