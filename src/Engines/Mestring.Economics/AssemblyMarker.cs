namespace Mestring.Economics;

/// <summary>Anchors this assembly for reflection (architecture tests, migrations lookup).</summary>
public static class AssemblyMarker;
