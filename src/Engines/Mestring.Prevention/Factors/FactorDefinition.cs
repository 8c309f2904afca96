namespace Mestring.Prevention.Factors;

/// <summary>
/// A documented risk factor: what it means, where the data comes from and the legal basis the municipality relies on.
/// Every factor a caseworker sees carries these texts, so that a flag can always be explained and contested.
/// </summary>
/// <remarks>Every text is required (not blank); the constructor checks them in order.</remarks>
public abstract class FactorDefinition(string key, string danishName, string definition, string dataSource, string legalBasis)
{
    /// <summary>Stable machine key, e.g. <c>family_benefits</c> (used in CLI output and audit).</summary>
    public string Key { get; } = Required(key, nameof(key));

    /// <summary>Name shown to caseworkers.</summary>
    public string DanishName { get; } = Required(danishName, nameof(danishName));

    /// <summary>The exact definition, in Danish, including how unknown data is treated.</summary>
    public string Definition { get; } = Required(definition, nameof(definition));

    /// <summary>The register or system the data comes from.</summary>
    public string DataSource { get; } = Required(dataSource, nameof(dataSource));

    /// <summary>The legal basis text (the municipality replaces the default when it enables screening).</summary>
    public string LegalBasis { get; } = Required(legalBasis, nameof(legalBasis));

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
