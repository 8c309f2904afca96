using Mestring.Application.Investments;
using Mestring.Data.Steering;

namespace Mestring.Application.Steering;

/// <summary>
/// A shift of money: <paramref name="Amount"/> DKK taken from support under a legal basis (<paramref name="FromBasis"/>,
/// typically late, specialised help) and spent on a method from the municipality's catalogue (<paramref name="MethodId"/>,
/// typically early help, or help in another area) at <paramref name="CostPerParticipant"/> DKK each (by default the
/// municipality's own spending per citizen on that method).
/// </summary>
public sealed record WhatIfRequest(decimal Amount, string FromBasis, string MethodId, decimal? CostPerParticipant = null, int HorizonYears = 10, long Seed = 1);

/// <summary>What the shift returns, computed by the investment engine, with its uncertainty (5th–95th percentile of the net present value).</summary>
public sealed record WhatIfResult(
    WhatIfRequest Request,
    string MethodName,
    decimal FromBasisSpending,
    decimal CostPerParticipant,
    bool CostFromOwnData,
    int Participants,
    double PvCosts,
    double PvBenefits,
    double Npv,
    double? NpvP05,
    double? NpvP95,
    double? ProbabilityPositive,
    IReadOnlyList<string> OutcomesWithOwnEvidence,
    IReadOnlyList<string> OutcomesWithOwnBaseline,
    string EngineVersion);

/// <summary>The "what if" of the steering pages: a shift of money valued through the investment engine with the municipality's own evidence where it exists.</summary>
public sealed class SteeringWhatIf(SteeringQueries queries, CaseBuilder builder)
{
    public const decimal MaxAmount = 10_000_000_000m;

    public async Task<Result<WhatIfResult>> ComputeAsync(WhatIfRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Amount is <= 0 or > MaxAmount)
        {
            return Error.Invalid("amount", "must be above 0 and at most 10 billion DKK");
        }
        if (string.IsNullOrWhiteSpace(request.FromBasis))
        {
            return Error.Invalid("fromBasis", "choose the legal basis the money is taken from");
        }
        if (request.HorizonYears is < 1 or > 30)
        {
            return Error.Invalid("horizonYears", "must be between 1 and 30");
        }
        if (request.CostPerParticipant is <= 0)
        {
            return Error.Invalid("costPerParticipant", "must be above 0");
        }
        var ready = await queries.PrepareForAsync("steering/what-if", ct);
        if (!ready.IsSuccess)
        {
            return ready.Error;
        }
        var context = await builder.LoadAsync(ct);
        var method = context.Catalogue.Methods.FirstOrDefault(m => m.Id == request.MethodId);
        if (method is null)
        {
            return Error.Invalid("methodId", "is not a method of the municipality's catalogue");
        }
        var basisCells = await queries.CellsAsync(SteeringCuts.Basis, ct);
        var fromCells = basisCells.Where(c => c.Key == request.FromBasis.Trim()).ToList();
        if (fromCells.Count == 0)
        {
            return Error.Invalid("fromBasis", "the municipality has no spending under this legal basis");
        }
        var fromSpending = fromCells.OrderByDescending(c => c.Year).First().Spending;
        var cost = request.CostPerParticipant ?? await OwnCostAsync(method.Id, method.Name, ct);
        if (cost is not { } perParticipant)
        {
            return Error.Invalid("costPerParticipant", "the municipality has no spending on this method yet: give the cost per participant");
        }
        var participants = (int)Math.Floor(request.Amount / perParticipant);
        if (participants < 1)
        {
            return Error.Invalid("amount", "is less than the cost of one participant");
        }
        var draft = builder.NewDraft(context.Catalogue, method.Id);
        draft.Name = method.Name;
        draft.HorizonYears = request.HorizonYears;
        draft.Participants = participants;
        draft.LegalBasis = request.FromBasis.Trim();
        draft.Seed = request.Seed;
        draft.Costs = [new CostDraft { Holder = "kommune.social", FromYear = 0, ToYear = 0, PerParticipant = (double)perParticipant }];
        var fills = await builder.FillBaselinesAsync(draft, ct);
        if (!fills.IsSuccess)
        {
            return fills.Error;
        }
        var own = new List<string>();
        foreach (var row in draft.Outcomes.Where(o => o.Include))
        {
            var estimate = context.Evidence.For(row.Id).FirstOrDefault(e => Matches(e.Method, method.Id, method.Name));
            if (estimate is not null)
            {
                row.LocalEstimateKey = estimate.Key;
                own.Add(row.Id);
            }
        }
        var built = CaseBuilder.Evaluate(draft, context);
        if (!built.IsSuccess)
        {
            return built.Error;
        }
        var result = built.Value.Evaluation.Result;
        return new WhatIfResult(request, method.Name, fromSpending, perParticipant, request.CostPerParticipant is null, participants,
            result.CashFlows.PvCosts, result.CashFlows.PvBenefits, result.CashFlows.Npv,
            result.MonteCarlo?.P05, result.MonteCarlo?.P95, result.MonteCarlo?.ProbabilityPositive,
            own, [.. fills.Value.Where(f => f.Kind == BaselineFillKind.Filled).Select(f => f.OutcomeId)], result.EngineVersion);
    }

    private static bool Matches(string evaluated, string id, string name) =>
        string.Equals(evaluated, id, StringComparison.OrdinalIgnoreCase) || string.Equals(evaluated, name, StringComparison.OrdinalIgnoreCase);

    // The municipality's own spending per citizen on the method in its latest year, when it has used the method.
    private async Task<decimal?> OwnCostAsync(string id, string name, CancellationToken ct)
    {
        var cells = await queries.CellsAsync(SteeringCuts.Method, ct);
        var latest = cells.Where(c => c.Citizens >= SteeringTable.Limit && c.Spending > 0 && Matches(c.Key, id, name))
            .OrderByDescending(c => c.Year).FirstOrDefault();
        return latest is null ? null : decimal.Round(latest.Spending / latest.Citizens, 0);
    }

    /// <summary>The legal bases money can be taken from (the municipality's own, latest year first by spending).</summary>
    public async Task<Result<IReadOnlyList<string>>> BasesAsync(CancellationToken ct)
    {
        var ready = await queries.PrepareForAsync("steering/what-if", ct);
        if (!ready.IsSuccess)
        {
            return ready.Error;
        }
        var cells = await queries.CellsAsync(SteeringCuts.Basis, ct);
        return new List<string>([.. cells.GroupBy(c => c.Key).OrderByDescending(g => g.Sum(c => c.Spending)).Select(g => g.Key).Where(k => k.Length > 0)]);
    }
}
