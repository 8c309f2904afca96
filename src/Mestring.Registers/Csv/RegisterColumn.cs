namespace Mestring.Registers.Csv;

/// <summary>A column of a register file: required by the specification, or a documented extra.</summary>
internal sealed record RegisterColumn(string Name, bool Required);
