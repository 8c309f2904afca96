namespace Mestring.Prevention.Factors;

/// <summary>
/// A documented risk factor: what it means, where the data comes from and the legal basis the municipality relies on.
/// Every factor a caseworker sees carries these texts, so that a flag can always be explained and contested.
/// </summary>
public abstract class FactorDefinition
{
    /// <summary>Creates a definition.</summary>
    protected FactorDefinition(string key, string danishName, string definition, string dataSource, string legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(danishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(legalBasis);
        Key = key;
        DanishName = danishName;
        Definition = definition;
        DataSource = dataSource;
        LegalBasis = legalBasis;
    }

    /// <summary>Stable machine key, e.g. <c>family_benefits</c> (used in CLI output and audit).</summary>
    public string Key { get; }

    /// <summary>Name shown to caseworkers.</summary>
    public string DanishName { get; }

    /// <summary>The exact definition, in Danish, including how unknown data is treated.</summary>
    public string Definition { get; }

    /// <summary>The register or system the data comes from.</summary>
    public string DataSource { get; }

    /// <summary>The legal basis text (the municipality replaces the default when it enables screening).</summary>
    public string LegalBasis { get; }
}
