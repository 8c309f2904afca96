namespace Mestring.Economics;

/// <summary>
/// Identifies the engine that produced a result, so a saved case can be reproduced with the same rules.
/// Bump <see cref="Version"/> whenever a formula, default or random stream changes.
/// </summary>
public static class EngineInfo
{
    /// <summary>The engine version written into every result (<c>engineVersion</c>).</summary>
    public const string Version = "mestring-economics/1.0.0";
}
