using Mestring.Domain.Audit;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;
using Mestring.Economics.Catalogue;
using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Calibrate;

namespace Mestring.Application.Prevention;

/// <summary>A suppressed count: <c>null</c> when below the minimum cell size (zero included).</summary>
public sealed record AreaCellDto(string Key, int? Count, bool Hidden = false);

/// <summary>One area's counts: children 0–17, with each factor, with at least k factors, and the share with ≥ 2.</summary>
public sealed record AreaRowDto(string Area, int? Children, IReadOnlyList<AreaCellDto> WithFactor, IReadOnlyList<AreaCellDto> AtLeast, double? ShareAtLeastTwo, bool ChildrenHidden = false);

/// <summary>Where the family factors concentrate (no names; counts below <see cref="MinimumCellSize"/> withheld).</summary>
public sealed record AreasDto(DateOnly AsOf, int ReferenceYear, int MinimumCellSize, IReadOnlyList<string> FactorKeys, IReadOnlyList<string> FactorNames,
    IReadOnlyList<AreaRowDto> Areas, AreaRowDto Total);

/// <summary>A preventive effort in one area: the assumptions a manager chooses.</summary>
/// <param name="Area">The area (as in the aggregate view).</param>
/// <param name="CostPerFamily">Programme cost per family in year 0 (DKK).</param>
/// <param name="RelativeChange">Assumed change in later years on kontanthjælp (−0.10 = 10 % fewer).</param>
/// <param name="SuccessRate">Share of families who complete the programme.</param>
public sealed record AreaInvestmentRequest(string? Area, double? CostPerFamily, double? RelativeChange, double? SuccessRate);

/// <summary>The case built from the area's counts and the catalogue, and its evaluation.</summary>
public sealed record AreaInvestmentDto(
    string Area, int Participants, double BaselineShare, int BaselineObserved, double Npv, double PvCosts, double PvBenefits, double? Bcr, int? BreakEvenYear,
    double? ProbabilityPositive, string CaseJson, IReadOnlyList<string> Assumptions);

/// <summary>
/// The aggregate prevention view (issue 6) for managers: per area (citizens' school district / housing area) the number of
/// children 0–17 with each family factor and with at least k factors, small cells withheld — allowed with the switch off,
/// as no per-person result leaves the engine — and an investment case for a preventive effort in one area through
/// the investment engine. Each use is audited as an aggregate use (no citizen).
/// </summary>
public sealed class PreventionAreas(AuditTrail audit, PreventionSnapshot snapshot)
{
    public const string Resource = "prevention-aggregate";
    public const int MinimumCellSize = AggregateScreening.DefaultMinimumCellSize;
    /// <summary>The target group of the investment case: ages at which the later outcome (18–29) falls inside a 10-year horizon.</summary>
    public const int TargetMinAge = 12;
    public const int TargetMaxAge = 17;
    public const int HorizonYears = 10;

    // The assumptions are Danish sentences: an amount reads "25.000 kr." there (the percentages keep their invariant form).
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<AreasDto> AreasAsync(CancellationToken ct)
    {
        var result = await RunAsync(0, 17, ct);
        await AuditAsync("areas", ct);
        return ToDto(result);
    }

    /// <summary>Builds and evaluates the case for <see cref="AreaInvestmentRequest.Area"/>; invalid (Danish reasons per field) on bad input.</summary>
    public async Task<Result<AreaInvestmentDto>> InvestmentAsync(AreaInvestmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var cost = request.CostPerFamily ?? 30_000;
        var change = request.RelativeChange ?? -0.10;
        var success = request.SuccessRate ?? 0.7;
        if (cost is <= 0 or > 1_000_000) errors["costPerFamily"] = ["Omkostningen pr. familie skal være mellem 1 og 1.000.000 kr."];
        if (change is < -1 or > 0) errors["relativeChange"] = ["Den antagne effekt skal være mellem −1 (100 % færre) og 0."];
        if (success is <= 0 or > 1) errors["successRate"] = ["Andelen der gennemfører skal være over 0 og højst 1."];
        if (string.IsNullOrWhiteSpace(request.Area)) errors["area"] = ["Vælg et område."];
        if (errors.Count > 0)
        {
            return Error.Invalid(errors);
        }

        var target = await RunAsync(TargetMinAge, TargetMaxAge, ct);
        var row = target.Areas.FirstOrDefault(a => string.Equals(a.Area, request.Area!.Trim(), StringComparison.Ordinal));
        if (row is null)
        {
            return Error.Invalid("area", $"Området '{request.Area}' findes ikke i kommunens data.");
        }
        if (row.AtLeast.Count < 2 || row.AtLeast[1].Value is not { } participants)
        {
            return Error.Invalid("area", $"For få børn i {row.Area} med mindst to forhold (under {MinimumCellSize}) til en investeringscase.");
        }

        // Baseline: the share of earlier youths with ≥ 2 factors at 15 who were on kontanthjælp/uddannelseshjælp at 18–29
        // (the municipality's own history), from the year the group turns 18 — a 12–17-year-old is 18 within 1–6 years.
        var calibration = await snapshot.CalibrationAsync(ct);
        var observed = calibration.ByCount.Skip(2).Sum(r => r.Estimate.Count);
        var outcomes = calibration.ByCount.Skip(2).Sum(r => r.Estimate.Outcomes);
        if (observed < PreventionWorklist.MinimumHistory)
        {
            return Error.Invalid("area", $"Kommunens historik er for lille (n = {observed}) til at sætte en baseline for kontanthjælp.");
        }
        var share = (double)outcomes / observed;
        const int firstAdultYear = 18 - ((TargetMinAge + TargetMaxAge) / 2);
        var baseline = Enumerable.Range(0, HorizonYears + 1).Select(t => t >= firstAdultYear ? share : 0.0).ToArray();
        var priceYear = KnowledgeCatalogue.Default.PriceIndex.Values.Keys.Max();
        var name = $"Forebyggende forældreprogram i {row.Area}";
        var investmentCase = new InvestmentCaseBuilder(priceYear)
            .Named(name)
            .WithHorizon(HorizonYears)
            .WithParticipants(participants)
            .WithSuccessRate(success)
            .WithCost("kommune.boernogunge", 0, 0, cost)
            .WithOutcome("kontanthjaelp_aar", Baseline.OfYears(baseline))
            .WithLocalEffect(new Effect
            {
                Outcome = "kontanthjaelp_aar",
                RelativeChange = change,
                Se = Math.Max(0.05, Math.Abs(change) * 0.75),
                FromYear = firstAdultYear,
                ToYear = HorizonYears,
                Source = "Antagelse valgt af brugeren: kataloget har ingen målt effekt af forældreprogrammer på senere kontanthjælp.",
            })
            .Build();
        var result = InvestmentEngine.Evaluate(investmentCase, new EvaluationOptions { Draws = 2000, Seed = 1 });
        await AuditAsync("investment-case " + row.Area, ct);
        var flows = result.CashFlows;
        return new AreaInvestmentDto(row.Area, participants, share, observed, flows.Npv, flows.PvCosts, flows.PvBenefits, flows.Bcr, flows.BreakEvenYear,
            result.MonteCarlo?.ProbabilityPositive, InvestmentCaseWriter.ToJson(investmentCase),
            [
                string.Create(CultureInfo.InvariantCulture, $"Deltagere: familier med børn på {TargetMinAge}–{TargetMaxAge} år i {row.Area} med mindst to af de fire familieforhold ({participants})."),
                string.Create(CultureInfo.InvariantCulture, $"Baseline: {share:P1} af tidligere unge med mindst to forhold var på kontanthjælp eller uddannelseshjælp som 18–29-årige (n = {observed}), fra år {firstAdultYear}."),
                string.Create(CultureInfo.InvariantCulture, $"Effekt: {change:P0} år på kontanthjælp – en antagelse, ikke en målt effekt (standardfejl {Math.Max(0.05, Math.Abs(change) * 0.75):0.00})."),
                string.Create(CultureInfo.InvariantCulture, $"Pris: kataloget (kontanthjælp, {priceYear}-priser); omkostning {cost.ToString("N0", Danish)} kr. pr. familie i år 0; {success:P0} gennemfører."),
                "Kun kontanthjælp er regnet med; færre anbringelser, bedre skolegang og beskæftigelse er ikke med, så casen er forsigtig på gevinstsiden.",
            ]);
    }

    private async Task<AggregateResult> RunAsync(int minAge, int maxAge, CancellationToken ct)
    {
        var population = await snapshot.PopulationAsync(ct);
        var settings = await snapshot.SettingsAsync(ct);
        var options = PreventionSnapshot.Options(snapshot.Today, settings) with { MinAge = minAge, MaxAge = maxAge, Indicators = [] };
        return AggregateScreening.Run(population.Columns, options, AreaColumn.FromNames(population.AreaPerPerson), MinimumCellSize);
    }

    private static AreasDto ToDto(AggregateResult r)
    {
        AreaRowDto Row(AreaAggregate a) => new(a.Area, a.Children.Value,
            [.. r.FactorKeys.Select((k, i) => new AreaCellDto(k, a.WithFactor[i].Value, a.WithFactor[i].Complementary))],
            [.. a.AtLeast.Select((c, i) => new AreaCellDto((i + 1).ToString(CultureInfo.InvariantCulture), c.Value, c.Complementary))],
            a.Children.Value is > 0 && a.AtLeast.Count > 1 && a.AtLeast[1].Value is { } two ? (double)two / a.Children.Value.Value : null,
            a.Children.Complementary);
        var names = r.FactorKeys.Select(k => Mestring.Prevention.Factors.FactorCatalog.FindFamily(k)?.DanishName ?? k).ToList();
        return new AreasDto(r.AsOf, r.ReferenceYear, r.MinimumCellSize, r.FactorKeys, names, [.. r.Areas.Select(Row)], Row(r.Total));
    }

    private Task AuditAsync(string what, CancellationToken ct) => audit.RecordAsync(AuditActions.Search, Resource, reason: what, ct: ct);
}
