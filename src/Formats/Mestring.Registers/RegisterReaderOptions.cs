using Mestring.Terminology;

namespace Mestring.Registers;

/// <summary>What the reader checks references and dates against.</summary>
public sealed class RegisterReaderOptions
{
    /// <summary>'Today': dates after it (birth, death, service start, event, assessment dates and years) are errors.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>
    /// True for a person_id known from persons.csv of the same folder or from the database. Null skips the check in
    /// the other files; in persons.csv, mother_id/father_id are checked against the file itself plus this.
    /// </summary>
    public Func<string, bool>? IsKnownPerson { get; init; }

    /// <summary>True for a provider_id known from providers.csv of the same folder or from the database; null skips the check.</summary>
    public Func<string, bool>? IsKnownProvider { get; init; }

    /// <summary>True for a service_id known from services.csv of the same folder or from the database (invoices.csv); null skips the check.</summary>
    public Func<string, bool>? IsKnownService { get; init; }

    /// <summary>The FFB terminology codes are validated against.</summary>
    public FfbBranches Ffb { get; init; } = FfbBranches.Default;
}
