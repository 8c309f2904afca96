namespace Mestring.Web;

/// <summary>Marker for the shared UI texts: Resources/SharedResource.resx (Danish) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
