using Mestring.Domain.Common;

namespace Mestring.Domain.Prevention;

/// <summary>What a caseworker decided about a child on the early-detection worklist.</summary>
public enum PreventionDecisionKind
{
    /// <summary>The caseworker will contact the family (a conversation, not an intervention).</summary>
    Contact = 0,
    /// <summary>The family is offered early preventive help under Barnets Lov §§ 28–32.</summary>
    EarlyHelp = 1,
    /// <summary>No action: the caseworker found no reason to act.</summary>
    NoAction = 2,
}

/// <summary>
/// A human decision on a child the screening flagged (issue 6). The screening never acts: every outcome is one of
/// these rows, made by a named caseworker with a written reason, and nothing reaches the family automatically.
/// The screening result at the time (factor keys, score, tier) is kept so the decision can be read later in context.
/// Append-only: a changed mind is a new decision.
/// </summary>
public sealed class PreventionDecision : TenantEntity, ICitizenData
{
    public const int ReasonMaxLength = 4000;
    public const int FactorsMaxLength = 500;

    private PreventionDecision() { }

    public PreventionDecision(
        Guid municipalityId, Guid citizenId, PreventionDecisionKind kind, string reason, string decidedBy, string decidedByName,
        DateTimeOffset decidedAt, IReadOnlyList<string> factorKeys, int score, string tier)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ValidationException.For("kind", "must be contact, early-help or no-action");
        }
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Kind = kind;
        Reason = Guard.NotBlank(reason, "reason", ReasonMaxLength);
        DecidedBy = Guard.NotBlank(decidedBy, "decidedBy", 64);
        DecidedByName = Guard.NotBlank(decidedByName, "decidedByName", 256);
        DecidedAt = decidedAt;
        Factors = Guard.NotBlank(string.Join(';', factorKeys) is { Length: > 0 } f ? f : "-", "factors", FactorsMaxLength);
        Score = score;
        Tier = Guard.NotBlank(tier, "tier", 16);
    }

    public Guid CitizenId { get; private set; }
    public PreventionDecisionKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>User id of the caseworker who decided.</summary>
    public string DecidedBy { get; private set; } = "";
    public string DecidedByName { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
    /// <summary>The factor keys present when deciding, <c>;</c>-separated (<c>-</c> for none).</summary>
    public string Factors { get; private set; } = "";
    public int Score { get; private set; }
    /// <summary>The Danish tier name when deciding (ingen/lav/middel/høj).</summary>
    public string Tier { get; private set; } = "";
}
