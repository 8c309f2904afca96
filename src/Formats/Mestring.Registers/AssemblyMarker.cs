namespace Mestring.Registers;

/// <summary>Anchors this assembly for reflection.</summary>
public static class AssemblyMarker;
