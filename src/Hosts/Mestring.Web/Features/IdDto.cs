namespace Mestring.Web.Features;

/// <summary>The id of what a command created or changed.</summary>
public sealed record IdDto(Guid Id);
