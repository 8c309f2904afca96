using Mestring.Domain.Common;

namespace Mestring.Domain.Registers;

/// <summary>
/// A dated event in a citizen's life (events.csv): admissions, shelter nights, notifications, … Rows are written only by
/// the register import (bulk, columns from the EF model, validated by the register reader) and read back by EF.
/// </summary>
public sealed class CitizenEvent : CitizenRecord
{
    private CitizenEvent() { }

    public long Id { get; private set; }
    public DateOnly Date { get; private set; }
    public string Type { get; private set; } = "";
    public decimal Quantity { get; private set; }
    /// <summary>The provider involved (shelter nights, placement days); null = none.</summary>
    public Guid? ProviderId { get; private set; }
}
