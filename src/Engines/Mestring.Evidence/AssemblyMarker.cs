namespace Mestring.Evidence;

/// <summary>Anchors this assembly for reflection (architecture tests, migrations lookup).</summary>
public static class AssemblyMarker;
