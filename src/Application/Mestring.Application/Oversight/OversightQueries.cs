using Mestring.Domain.Oversight;
using Mestring.Oversight;
using DomainRoles = Mestring.Domain.Organisation.Roles;

namespace Mestring.Application.Oversight;

/// <summary>
/// The oversight signals of the signed-in user's municipality (supervision and managers) and their review (supervision):
/// the same engine and data as <c>mestring oversee</c>, with each signal's latest review. A dismissed lead is left out
/// while the fingerprint of its evidence is unchanged. Every read and review is audited.
/// </summary>
public sealed class OversightQueries(MestringDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Who may read the signals.</summary>
    public static readonly IReadOnlyList<string> Readers = [DomainRoles.Supervision, DomainRoles.Manager];

    /// <summary>Who may review them (and edit the registry).</summary>
    public static readonly IReadOnlyList<string> Reviewers = [DomainRoles.Supervision];

    /// <summary>The signals with their latest review; dismissed ones only when <paramref name="includeDismissed"/>.</summary>
    public async Task<Result<IReadOnlyList<ReviewedSignal>>> GetAsync(bool includeDismissed, string? providerId, string? kind, CancellationToken ct)
    {
        if (!Readers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("oversight-readers", "Only supervision and managers may read the oversight signals.");
        }
        if (kind is not null && !SignalKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            return Error.Invalid("kind", $"'{kind}' is not a signal kind ({string.Join(", ", SignalKinds.All)}).");
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var signals = await SignalsAsync(municipality, ct);
        var reviews = await LatestReviewsAsync(municipality, ct);
        var result = signals
            .Where(s => (providerId is null || s.ProviderId == providerId) && (kind is null || s.Kind == kind))
            .Select(s => new ReviewedSignal(s, reviews.GetValueOrDefault(s.Fingerprint)))
            .Where(r => includeDismissed || r.Review?.Status != SignalReviewStatus.Dismissed)
            .ToList();
        await audit.RecordAsync("read", "oversight-signals", reason: providerId is null ? null : "provider " + providerId, municipalityId: municipality, ct: ct);
        return result;
    }

    /// <summary>Marks a current signal reviewed, dismissed or escalated with a reason (supervision only, audited).</summary>
    public async Task<Result<ReviewedSignal>> ReviewAsync(string fingerprint, string? status, string? reason, CancellationToken ct)
    {
        if (!Reviewers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("oversight-reviewers", "Only supervision may review oversight signals.");
        }
        if (!Enum.TryParse<SignalReviewStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
        {
            return Error.Invalid("status", "status must be one of: reviewed, dismissed, escalated.");
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            return Error.Invalid("reason", "A reason (1-2000 characters) is required.");
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var signal = (await SignalsAsync(municipality, ct)).FirstOrDefault(s => s.Fingerprint == fingerprint);
        if (signal is null)
        {
            return Error.NotFound("signal");
        }
        var review = new SignalReview(municipality, signal.ProviderId, signal.Kind, signal.Fingerprint, parsed, reason.Trim(), user.UserName, clock.GetUtcNow());
        db.Add(review);
        audit.Add("review", "oversight-signal", reason: $"{signal.ProviderId} {signal.Kind} {signal.Fingerprint}: {parsed}", municipalityId: municipality);
        await db.SaveChangesAsync(ct);
        return new ReviewedSignal(signal, review);
    }

    /// <summary>Every review of a signal's fingerprint, newest first (the audit of the lead).</summary>
    public async Task<Result<IReadOnlyList<SignalReview>>> HistoryAsync(string fingerprint, CancellationToken ct)
    {
        if (!Readers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("oversight-readers", "Only supervision and managers may read the oversight signals.");
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var list = await db.Set<SignalReview>().AsNoTracking().Where(r => r.MunicipalityId == municipality && r.Fingerprint == fingerprint).ToListAsync(ct);
        return list.OrderByDescending(r => r.At).ToList();
    }

    private async Task<IReadOnlyList<Signal>> SignalsAsync(Guid municipality, CancellationToken ct) =>
        OversightEngine.Run(await OversightData.LoadAsync(db, municipality, OversightPriceIndex.Default, ct));

    private async Task<Dictionary<string, SignalReview>> LatestReviewsAsync(Guid municipality, CancellationToken ct)
    {
        var all = await db.Set<SignalReview>().AsNoTracking().Where(r => r.MunicipalityId == municipality).ToListAsync(ct);
        return all.GroupBy(r => r.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).First(), StringComparer.Ordinal);
    }
}

/// <summary>A signal with its latest review (null = not reviewed).</summary>
public sealed record ReviewedSignal(Signal Signal, SignalReview? Review)
{
    public SignalReviewJson? ReviewJson => Review is null ? null : new SignalReviewJson(
        Review.Status.ToString().ToLowerInvariant(), Review.Reason, Review.By,
        Review.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
}
