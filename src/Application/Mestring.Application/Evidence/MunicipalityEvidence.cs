using Mestring.Domain.Organisation;
using Mestring.Evidence.Providers;

namespace Mestring.Application.Evidence;

/// <summary>
/// The evidence analyses of one chosen municipality, as the CLI verbs run them (<c>evaluate --methods</c>,
/// <c>benchmark</c>, <c>stop-list</c>): the same data set and analyses as the web's <see cref="EvidenceQueries"/>, with
/// the refusals as errors (exit code 2 on the command line).
/// </summary>
public static class MunicipalityEvidence
{
    /// <summary>The municipality's evidence data, or an error when no intervention has a baseline assessment (nothing to analyse).</summary>
    public static async Task<Result<EvidenceData>> LoadAsync(MestringDbContext db, Municipality municipality, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var data = await EvidenceDataset.LoadAsync(db, municipality.Id, ct);
        if (data.Records.Count == 0)
        {
            return new Error(ErrorKind.Invalid, "no-baseline-assessments", $"municipality '{municipality.Code}' has no interventions with a baseline assessment.");
        }
        return data;
    }

    /// <summary>The provider benchmark (<see cref="EvidenceAnalyses.Providers"/>), its refusal as an error.</summary>
    public static Result<IReadOnlyList<ProviderResult>> Providers(EvidenceData data)
    {
        var benchmark = EvidenceAnalyses.Providers(data);
        if (!benchmark.IsSuccess)
        {
            return new Error(ErrorKind.Invalid, "benchmark-failed", benchmark.Error.Message);
        }
        return benchmark.Value.ToList();
    }
}
