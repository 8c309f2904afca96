using Microsoft.AspNetCore.Identity;

namespace Mestring.Data.Identity;

/// <summary>
/// A login. Belongs to one municipality and has one role; the links say which relationships it can have:
/// a caseworker's team, a provider staff member's provider, a citizen's own record.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public Guid MunicipalityId { get; set; }
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public Guid? TeamId { get; set; }
    public Guid? ProviderId { get; set; }
    public Guid? CitizenId { get; set; }
}
