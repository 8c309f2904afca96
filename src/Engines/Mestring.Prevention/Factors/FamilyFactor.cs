namespace Mestring.Prevention.Factors;

/// <summary>One of the four KL 2013 family factors; always evaluated, at a fixed bit of the factor mask.</summary>
public sealed class FamilyFactor : FactorDefinition
{
    internal FamilyFactor(int bit, string key, string danishName, string definition, string dataSource, string legalBasis)
        : base(key, danishName, definition, dataSource, legalBasis)
    {
        Bit = bit;
    }

    /// <summary>Bit position in the factor mask (0–3).</summary>
    public int Bit { get; }

    /// <summary>The mask with only this factor set.</summary>
    public uint Mask => 1u << Bit;
}
