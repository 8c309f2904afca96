using Mestring.Economics.Catalogue;
using Mestring.Application.Stats;

namespace Mestring.Application.Investments;

/// <summary>
/// A baseline from the target group's real history: the mean yearly quantity of an outcome per participant in
/// the years before they started an intervention. Aggregate only; withheld below <see cref="SuppressBelow"/>.
/// </summary>
public sealed class InvestmentBaselines(MestringDbContext db)
{
    public const int MaxYearsBefore = 10;

    /// <summary>The smallest group whose figures are shown: the statistics pages' threshold, one owner for both.</summary>
    public const int SuppressBelow = StatsQueries.SuppressBelow;

    /// <summary>The register event types that have a catalogue outcome, in display order.</summary>
    public static readonly IReadOnlyList<EventOutcome> EventOutcomes =
    [
        new("shelter_night", "herberg_nat"),
        new("acute_admission", "akut_indlaeggelse"),
        new("psychiatric_contact", "psykiatrisk_kontakt"),
        new("ed_visit", "skadestue_besoeg"),
        new("placement_day", "anbringelse_doegn"),
    ];

    /// <summary>The event type counted for a catalogue outcome, if any.</summary>
    public static string? EventTypeFor(string outcomeId) =>
        EventOutcomes.FirstOrDefault(e => string.Equals(e.OutcomeId, outcomeId, StringComparison.Ordinal))?.EventType;

    public async Task<Result<BaselineDto>> ComputeAsync(BaselineRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hasBasis = !string.IsNullOrWhiteSpace(request.LegalBasis);
        var hasService = !string.IsNullOrWhiteSpace(request.ServiceCode);
        if (hasBasis == hasService)
        {
            errors["legalBasis"] = ["give either legalBasis (e.g. SEL-110) or serviceCode"];
        }
        string? basis = null;
        if (hasBasis)
        {
            try
            {
                basis = LegalBasisCode.Normalise(request.LegalBasis);
            }
            catch (ValidationException e)
            {
                foreach (var (k, v) in e.Errors)
                {
                    errors[k] = v;
                }
            }
        }
        var eventType = request.EventType?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(eventType, "^[a-z_]{1,40}$"))
        {
            errors["eventType"] = ["is required: an event type such as " + string.Join(", ", EventOutcomes.Select(e => e.EventType))];
        }
        var years = request.YearsBefore ?? 1;
        if (years is < 1 or > MaxYearsBefore)
        {
            errors["yearsBefore"] = [$"must be between 1 and {MaxYearsBefore}"];
        }
        if (errors.Count > 0)
        {
            return Error.Invalid(errors);
        }

        var serviceCode = request.ServiceCode?.Trim();
        var started = db.Interventions.AsNoTracking()
            .Where(i => i.Status == InterventionStatus.Active || i.Status == InterventionStatus.Ended);
        started = basis is not null ? started.Where(i => i.LegalBasis == basis) : started.Where(i => i.ServiceCode == serviceCode);
        var starts = await started.GroupBy(i => i.CitizenId)
            .Select(g => new { CitizenId = g.Key, Start = g.Min(i => i.Start) })
            .ToListAsync(ct);

        var startOf = starts.ToDictionary(s => s.CitizenId, s => s.Start);
        var earliest = starts.Count == 0 ? DateOnly.MaxValue : starts.Min(s => s.Start).AddYears(-years);
        var events = startOf.Count == 0 ? [] : await db.Events.AsNoTracking()
            .Where(e => e.Type == eventType && e.Date >= earliest)
            .Join(started.Select(i => i.CitizenId).Distinct(), e => e.CitizenId, c => c, (e, c) => new { e.CitizenId, e.Date, e.Quantity })
            .ToListAsync(ct);

        var totals = startOf.Keys.ToDictionary(k => k, _ => 0.0);
        foreach (var e in events)
        {
            var start = startOf[e.CitizenId];
            if (e.Date < start && e.Date >= start.AddYears(-years))
            {
                totals[e.CitizenId] += (double)e.Quantity;
            }
        }

        var target = basis is not null ? "§ " + LegalBasisCode.Display(basis) : "ydelse " + serviceCode;
        var outcomeId = EventOutcomes.FirstOrDefault(o => o.EventType == eventType)?.OutcomeId;
        var n = totals.Count;
        var yearWord = years == 1 ? "året" : years.ToString(CultureInfo.InvariantCulture) + " år";
        if (n < SuppressBelow)
        {
            return new BaselineDto(eventType, outcomeId, target, years, null, null, null, null, true, SuppressBelow, InvestmentCaseBuilder.LocalSource,
                $"Færre end {SuppressBelow} borgere med {target}: tallet vises ikke.");
        }
        var perYear = totals.Values.Select(t => t / years).ToArray();
        var mean = perYear.Average();
        var sd = Math.Sqrt(perYear.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var se = sd / Math.Sqrt(n);
        return new BaselineDto(eventType, outcomeId, target, years, n, mean, se, sd, false, SuppressBelow, InvestmentCaseBuilder.LocalSource,
            string.Create(CultureInfo.InvariantCulture, $"Gennemsnit pr. år i {yearWord} før start for {n} borgere med {target} ({eventType})."));
    }
}
