using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

/// <summary>The role a person or company has at a tilbud or a company.</summary>
public enum LinkRole
{
    Owner,
    BoardMember,
    Leader,
}

/// <summary>
/// A link of the registry's graph of tilbud, companies and persons: <see cref="FromId"/> (a tilbud's provider_id or a
/// company's id) has <see cref="ToId"/> (a person's or a company's pseudonymous id) as owner, board member or leader. A
/// chain of owning companies is a chain of links; persons are pseudonymous ids here and in every analysis.
/// </summary>
public sealed class ProviderLink : TenantEntity
{
    private ProviderLink() { }

    public ProviderLink(Guid municipalityId, string fromId, string toId, LinkRole role)
    {
        MunicipalityId = municipalityId;
        FromId = Guard.NotBlank(fromId, "fromId", 64);
        ToId = Guard.NotBlank(toId, "toId", 64);
        if (string.Equals(FromId, ToId, StringComparison.Ordinal))
        {
            throw ValidationException.For("toId", "a tilbud or company cannot be linked to itself");
        }
        Role = Guard.Defined(role, "role");
    }

    public string FromId { get; private set; } = "";
    public string ToId { get; private set; } = "";
    public LinkRole Role { get; private set; }

    /// <summary>The role's code in analyses and files: owner, board-member, leader.</summary>
    public static string CodeOf(LinkRole role) => role switch
    {
        LinkRole.Owner => "owner",
        LinkRole.BoardMember => "board-member",
        LinkRole.Leader => "leader",
    };
}
