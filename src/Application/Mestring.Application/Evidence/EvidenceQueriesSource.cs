using System.Text;
using Mestring.Application.Investments;
using Microsoft.Extensions.Logging;

namespace Mestring.Application.Evidence;

/// <summary>
/// Reads the municipality's evaluation for the signed-in user: the same analyses (<see cref="EvidenceQueries"/>, cached
/// per municipality) and the same JSON rows as GET /api/v1/evidence/methods, for the same roles as that endpoint
/// (<see cref="EvidenceReaders"/>). Going through the contract's JSON keeps the builder on the published shape.
/// </summary>
public sealed class EvidenceQueriesSource(EvidenceQueries queries, ICurrentUser user, ILogger<EvidenceQueriesSource> log) : ILocalEvidenceSource
{
    /// <summary>The public contract the estimates follow (recorded in a case's provenance).</summary>
    public const string Path = ILocalEvidenceSource.Endpoint;

    public async Task<LocalEvidence> GetAsync(CancellationToken ct)
    {
        if (!user.IsAuthenticated || !EvidenceReaders.Allows(user.Role))
        {
            return LocalEvidence.None(LocalEvidenceState.NotAllowed);
        }
        try
        {
            var snapshot = await queries.GetAsync(ct);
            var json = EvidenceJson.Methods(snapshot.Methods, snapshot.ComputedAt);
            return new LocalEvidence(LocalEvidenceState.Available, LocalEstimateJson.Parse(Encoding.UTF8.GetBytes(json)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("The municipality's evaluation could not be read for the case builder: {Error}", e.GetType().Name);
            return LocalEvidence.None(LocalEvidenceState.Failed);
        }
    }
}
