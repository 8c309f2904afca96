namespace Mestring.Terminology;

/// <summary>One concept of KL's FFB CodeSystem, with its place in the hierarchy.</summary>
/// <param name="Code">The FFB code (a UUID string, as published).</param>
/// <param name="Display">The Danish display name.</param>
/// <param name="Definition">The published definition, where given.</param>
/// <param name="ParentCode">The code of the parent concept; null for a top-level concept.</param>
/// <param name="Branch">The top-level branch (e.g. "FFB tilstande", "Social indsats").</param>
public sealed record FfbConcept(string Code, string Display, string? Definition, string? ParentCode, string Branch);
