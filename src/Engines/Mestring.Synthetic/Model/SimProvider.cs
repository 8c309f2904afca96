using Mestring.Registers;

namespace Mestring.Synthetic.Model;

/// <summary>A provider (tilbud) during simulation, with its planted truth.</summary>
internal sealed class SimProvider
{
    public required int Index { get; init; }
    public required Programme Programme { get; init; }
    public required string Name { get; init; }
    public required string? Cvr { get; init; }
    public required Ownership Ownership { get; init; }
    public required int Level { get; init; }
    public required int HomeArea { get; init; }
    public int OwnerId { get; set; }
    public int LeaderId { get; set; }
    public int?[] Supervision { get; } = new int?[7];
    public bool Quarantined { get; set; }
    public decimal Takst { get; set; }
    public int Capacity { get; set; }
    /// <summary>Planted additive effect on progression (levels), relative to a zero-effect provider.</summary>
    public double Effect { get; set; }
    public bool Weak { get; set; }
    /// <summary>The methods the provider works with (CAU always; at most one named method).</summary>
    public List<Method> Methods { get; } = [];
    public List<string> Anomalies { get; } = [];
}
