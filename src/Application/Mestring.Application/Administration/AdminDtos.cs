namespace Mestring.Application.Administration;

/// <summary>
/// A login as the administrator sees it. Roles and teams travel as names ("Caseworker", "Voksenteam Nord"); the first
/// role is the one the access rules use, further roles add what their policies allow. A citizen's own login shows its
/// user name, not the citizen's name (that is casework data, not the administrator's).
/// </summary>
public sealed record UserDto(
    string Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Teams,
    bool Active,
    bool LockedOut,
    Guid? ProviderId,
    string? ProviderName,
    Guid? CitizenId);

/// <summary>A new login. <c>Teams</c> are team names or ids; <c>ProviderId</c> links a provider's staff, <c>CitizenId</c> a citizen's own login.</summary>
public sealed record CreateUserRequest(
    string? UserName,
    string? DisplayName,
    string? Password,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Teams,
    Guid? ProviderId = null,
    Guid? CitizenId = null,
    string? Reason = null);

/// <summary>A change to a login; a field left out (null) is not changed. <c>Active</c> false deactivates (never deletes).</summary>
public sealed record UpdateUserRequest(
    string? DisplayName = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? Teams = null,
    bool? Active = null,
    Guid? ProviderId = null,
    Guid? CitizenId = null,
    string? Reason = null);

/// <summary>A new password set by the administrator (to be handed to the person).</summary>
public sealed record PasswordResetRequest(string? Password, string? Reason = null);

/// <summary>A reason for an administrative action without other input (unlock).</summary>
public sealed record AdminReasonRequest(string? Reason = null);

/// <summary>A team with the areas it covers for early detection and the number of its members.</summary>
public sealed record TeamDto(Guid Id, string Name, IReadOnlyList<string> Areas, int Members);

public sealed record CreateTeamRequest(string? Name, string? Reason = null);

public sealed record TeamAreasRequest(IReadOnlyList<string>? Areas, string? Reason = null);
