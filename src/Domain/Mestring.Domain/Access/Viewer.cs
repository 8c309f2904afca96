namespace Mestring.Domain.Access;

/// <summary>Who is asking: the facts the access rules need, no more.</summary>
public sealed record Viewer(
    string UserId,
    string UserName,
    string Role,
    Guid MunicipalityId,
    Guid? TeamId,
    Guid? ProviderId,
    Guid? CitizenId);
