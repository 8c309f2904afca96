using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mestring.Synthetic;

/// <summary>
/// What the generator planted and the data never shows: true effects and anomalies, so that the evidence and
/// oversight engines can be scored. Effect scale (see docs/synthetic-municipality.md):
/// <list type="bullet">
/// <item><c>progression</c>: function levels gained on the service's addressed FFB condition between the baseline
/// assessment (on start_date) and the first follow-up (≤ 365 days later; baseline − follow-up, positive = better).
/// A method's effect is relative to CAU; a provider's is relative to a zero-effect provider; both are additive.</item>
/// <item><c>acute_admissions_12m</c>, <c>ed_visits_12m</c>, <c>psychiatric_contacts_12m</c>: change in the expected
/// number of acute_admission, ed_visit and psychiatric_contact events in the 365 days after start_date, relative to CAU
/// (everyone in assessed programmes).</item>
/// </list>
/// </summary>
public sealed record GroundTruth
{
    /// <summary>The generator's seed and size, to tie the truth to its data.</summary>
    public required GeneratorOptions Options { get; init; }

    /// <summary>True effect of each named method (CAU = 0) per outcome.</summary>
    public required IReadOnlyList<MethodEffect> MethodEffects { get; init; }

    /// <summary>Expected progression under CAU at reference case mix, per intervention type.</summary>
    public required IReadOnlyList<InterventionEffect> InterventionEffects { get; init; }

    /// <summary>Planted provider effects on progression; weak = planted as clearly worse.</summary>
    public required IReadOnlyList<ProviderEffect> ProviderEffects { get; init; }

    /// <summary>Planted anomalies.</summary>
    public required IReadOnlyList<ProviderAnomaly> Anomalies { get; init; }

    /// <summary>The case-mix terms of the progression model (additive, in levels).</summary>
    public required IReadOnlyDictionary<string, double> CaseMix { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The truth as camelCase JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads truth JSON written by <see cref="ToJson"/>.</summary>
    public static GroundTruth FromJson(string json) =>
        JsonSerializer.Deserialize<GroundTruth>(json, Json) ?? throw new JsonException("Empty ground truth.");
}

/// <summary>The true effect of a method on an outcome, relative to care as usual.</summary>
public sealed record MethodEffect(string Method, string Outcome, double TrueEffect);

/// <summary>The expected outcome of an intervention type under CAU at reference case mix (baseline level 2, age under 50).</summary>
public sealed record InterventionEffect(string Intervention, string LegalBasis, string Outcome, double TrueEffect);

/// <summary>A provider's planted effect on progression.</summary>
public sealed record ProviderEffect(string ProviderId, double TrueEffect, bool Weak);

/// <summary>A planted anomaly at a provider.</summary>
public sealed record ProviderAnomaly(string ProviderId, string Kind);

/// <summary>A generated citizen suited to attach a demo user to.</summary>
/// <param name="Role">What the citizen illustrates, e.g. <c>adult-sel85-private</c>.</param>
/// <param name="PersonId">The person id.</param>
/// <param name="Description">Why this citizen was chosen.</param>
public sealed record DemoCandidate(string Role, string PersonId, string Description);

/// <summary>The outcome names used in the truth.</summary>
public static class Outcomes
{
    /// <summary>Function levels gained between baseline and first follow-up on the addressed condition.</summary>
    public const string Progression = "progression";

    /// <summary>Acute admissions in the 365 days after the service start.</summary>
    public const string AcuteAdmissions12m = "acute_admissions_12m";

    /// <summary>Emergency-department visits in the 365 days after the service start.</summary>
    public const string EdVisits12m = "ed_visits_12m";

    /// <summary>Psychiatric contacts in the 365 days after the service start.</summary>
    public const string PsychiatricContacts12m = "psychiatric_contacts_12m";
}
