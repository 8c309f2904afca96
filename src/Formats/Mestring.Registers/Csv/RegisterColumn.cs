namespace Mestring.Registers.Csv;

/// <summary>
/// A column of a register file: required by the specification, or a documented extra. A column that is not
/// <paramref name="Written"/> is read when present but never written (persons.csv's <c>cpr</c>: a real CPR goes only
/// into the operational database, never into an extract).
/// </summary>
internal sealed record RegisterColumn(string Name, bool Required, bool Written = true);
