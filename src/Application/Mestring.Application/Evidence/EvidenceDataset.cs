namespace Mestring.Application.Evidence;

/// <summary>One intervention assessed at its start, with what followed. Pseudonymous: ids only, no names or CPR.</summary>
/// <param name="InterventionId">The register id (service_id) or the database id.</param>
/// <param name="InterventionType">legal basis | FFB ydelse | the provider's tilbud type.</param>
/// <param name="Method">The named method, or <c>CAU</c>.</param>
/// <param name="ProviderId">The provider's register id.</param>
/// <param name="TargetGroup">The FFB målgruppe code, or null.</param>
/// <param name="Condition">The FFB condition the intervention type addresses (read from the data).</param>
/// <param name="Baseline">Function level of the addressed condition at the start (0–4).</param>
/// <param name="Age50">1 when 50 or older in the start year.</param>
/// <param name="Female">1 for sex F/K.</param>
/// <param name="Person">An index of the citizen within this data set (never written out): the cluster for standard errors, since one person can have several interventions.</param>
/// <param name="FirstYearSpend">Units × takst over the first 365 days (or until the end), DKK.</param>
/// <param name="Outcomes">Outcome name → value; an outcome is missing when it cannot be measured for this intervention
/// (no follow-up rating, the year after not yet over, no person-year, a child for employment).</param>
public sealed record InterventionRecord(
    string InterventionId, string InterventionType, string Method, string ProviderId, string? TargetGroup, string Condition,
    int Baseline, int Age50, int Female, int Person, double FirstYearSpend, IReadOnlyDictionary<string, double> Outcomes)
{
    /// <summary>
    /// The same measure before the start, per outcome name, as a covariate: events in the 365 days before the start, and
    /// the benefit or employment state of the year before the start year (missing when there is no person-year).
    /// </summary>
    public IReadOnlyDictionary<string, double> Prior { get; init; } = new Dictionary<string, double>();
}

/// <summary>What the analyses read: the assessed interventions and the spend of all interventions.</summary>
/// <param name="Records">Interventions with a baseline rating of their addressed condition at the start.</param>
/// <param name="SpendByMethod">Total spend (DKK, units × takst from start to end or the data end) per named method, over all interventions.</param>
/// <param name="SpendByType">The same per intervention type.</param>
/// <param name="DataEnd">The last day of the data (31 December of the latest start year).</param>
public sealed record EvidenceData(
    IReadOnlyList<InterventionRecord> Records,
    IReadOnlyDictionary<string, double> SpendByMethod,
    IReadOnlyDictionary<string, double> SpendByType,
    DateOnly DataEnd);

/// <summary>
/// Reads the evidence data set of one municipality.
/// <list type="bullet">
/// <item><b>Addressed condition</b> of an intervention type: the FFB condition rated most often in assessments dated on
/// the interventions' start dates (read from the data, not typed in).</item>
/// <item><b>Baseline</b>: the latest rating of that condition in [start − 14 days, start]; interventions without one are
/// not assessed and are left out (they are still counted in the spend).</item>
/// <item><b>Progression</b>: baseline − the latest rating in [start + 90 days, min(start + 365 days, end)].</item>
/// <item><b>Citizen's rating</b>: on the citizen's goals on the addressed condition, the latest own rating (1–10) in the
/// follow-up window above minus the first in [start − 14 days, start + 30 days].</item>
/// <item><b>Events</b> (acute admissions, psychiatric contacts, ED visits, shelter nights, placement days): the
/// quantity in [start, start + 365 days), only when that year lies within the data.</item>
/// <item><b>Benefits and employment</b>: from the person-year of the calendar year after the start year.</item>
/// <item><b>Spend</b>: weekly cost (units × takst) × days / 7.</item>
/// </list>
/// </summary>
public static class EvidenceDataset
{
    /// <summary>Method name used for care as usual (and for interventions without a method).</summary>
    public const string CareAsUsual = "CAU";

    /// <summary>Reads the data of one municipality.</summary>
    public static async Task<EvidenceData> LoadAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mid = municipalityId;
        var providers = await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == mid)
            .Select(p => new { p.Id, p.ExternalId, p.OfferType }).ToDictionaryAsync(p => p.Id, ct);
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == mid)
            .Select(c => new { c.Id, c.BirthDate, c.Sex }).ToDictionaryAsync(c => c.Id, ct);
        // A row stored with a unit that names no member (before the guards) has no cost: it is left out, not fatal.
        var interventions = (await db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == mid).ToListAsync(ct))
            .Where(i => i.HasKnownUnit).ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.MunicipalityId == mid).ToListAsync(ct);
        var eventTypes = EvidenceOutcomes.All.Where(o => o.EventType is not null).Select(o => o.EventType!).ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.MunicipalityId == mid && eventTypes.Contains(e.Type))
            .Select(e => new { e.CitizenId, e.Date, e.Type, e.Quantity }).ToListAsync(ct);
        var personYears = await db.PersonYears.AsNoTracking().Where(p => p.MunicipalityId == mid)
            .Select(p => new { p.CitizenId, p.Year, p.Benefit, p.IncomeDkk }).ToListAsync(ct);
        var goalConditions = await db.Goals.AsNoTracking().Where(g => g.MunicipalityId == mid)
            .Select(g => new { g.Id, g.PrimaryConditionCode }).ToDictionaryAsync(g => g.Id, g => g.PrimaryConditionCode, ct);
        var ownRatings = await db.ProgressRatings.AsNoTracking().Where(r => r.MunicipalityId == mid)
            .Select(r => new { r.CitizenId, r.GoalId, r.Rating, r.At }).ToListAsync(ct);
        var citizenRatings = ownRatings.Where(r => goalConditions.ContainsKey(r.GoalId))
            .GroupBy(r => (r.CitizenId, goalConditions[r.GoalId]))
            .ToDictionary(g => g.Key, g => g.Select(r => (Date: DateOnly.FromDateTime(r.At.UtcDateTime), r.Rating)).OrderBy(r => r.Date).ToArray());

        var dataEnd = interventions.Count == 0 ? DateOnly.MinValue : new DateOnly(interventions.Max(i => i.Start).Year, 12, 31);

        var ratings = new Dictionary<(Guid, string), List<(DateOnly Date, int? Level)>>();
        var byCitizenDate = new Dictionary<(Guid, DateOnly), List<string>>();
        foreach (var a in assessments)
        {
            foreach (var item in a.Items)
            {
                if (!ratings.TryGetValue((a.CitizenId, item.ConditionCode), out var list))
                {
                    ratings[(a.CitizenId, item.ConditionCode)] = list = [];
                }
                list.Add((a.Date, item.FunctionLevel));
                if (!byCitizenDate.TryGetValue((a.CitizenId, a.Date), out var codes))
                {
                    byCitizenDate[(a.CitizenId, a.Date)] = codes = [];
                }
                codes.Add(item.ConditionCode);
            }
        }

        var eventsByCitizen = events.GroupBy(e => e.CitizenId)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Date, e.Type, Quantity: (double)e.Quantity)).OrderBy(e => e.Date).ToArray());
        var years = personYears.GroupBy(p => (p.CitizenId, p.Year)).ToDictionary(g => g.Key, g => g.First());

        string TypeOf(Intervention i) =>
            string.Join(" | ", i.LegalBasis, i.ServiceCode, providers.TryGetValue(i.ProviderId, out var p) ? p.OfferType : "");

        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var i in interventions)
        {
            if (!byCitizenDate.TryGetValue((i.CitizenId, i.Start), out var codes))
            {
                continue;
            }
            var type = TypeOf(i);
            if (!counts.TryGetValue(type, out var c))
            {
                counts[type] = c = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            foreach (var code in codes)
            {
                c[code] = c.GetValueOrDefault(code) + 1;
            }
        }
        var addressed = counts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

        var spendByMethod = new Dictionary<string, double>(StringComparer.Ordinal);
        var spendByType = new Dictionary<string, double>(StringComparer.Ordinal);
        var records = new List<InterventionRecord>();
        var personIndex = new Dictionary<Guid, int>();
        var outcomeOfEvent = EvidenceOutcomes.All.Where(o => o.EventType is not null).ToDictionary(o => o.EventType!, o => o.Name, StringComparer.Ordinal);
        // The quantity of each event outcome for a citizen in [from, to), by outcome name.
        Dictionary<string, double> EventSums(Guid citizenId, DateOnly from, DateOnly to)
        {
            var sums = outcomeOfEvent.Values.ToDictionary(name => name, _ => 0.0, StringComparer.Ordinal);
            if (eventsByCitizen.TryGetValue(citizenId, out var own))
            {
                foreach (var ev in own)
                {
                    if (ev.Date >= from && ev.Date < to)
                    {
                        sums[outcomeOfEvent[ev.Type]] += ev.Quantity;
                    }
                }
            }
            return sums;
        }
        foreach (var i in interventions.OrderBy(i => i.ExternalId ?? i.Id.ToString(), StringComparer.Ordinal))
        {
            var type = TypeOf(i);
            var method = string.IsNullOrWhiteSpace(i.Method) ? CareAsUsual : i.Method;
            var weekly = (double)i.WeeklyCost;
            var spendEnd = i.End is { } e && e < dataEnd ? e : dataEnd;
            var total = weekly * Math.Max(0, spendEnd.DayNumber - i.Start.DayNumber + 1) / 7.0;
            spendByType[type] = spendByType.GetValueOrDefault(type) + total;
            spendByMethod[method] = spendByMethod.GetValueOrDefault(method) + total;

            if (!addressed.TryGetValue(type, out var condition) || !ratings.TryGetValue((i.CitizenId, condition), out var list)
                || !providers.TryGetValue(i.ProviderId, out var provider) || !citizens.TryGetValue(i.CitizenId, out var citizen))
            {
                continue;
            }
            var followUpEnd = i.Start.AddDays(365);
            if (i.End is { } end && end < followUpEnd)
            {
                followUpEnd = end;
            }
            (DateOnly Date, int? Level)? before = null, after = null;
            foreach (var r in list)
            {
                if (r.Date >= i.Start.AddDays(-14) && r.Date <= i.Start && (before is null || r.Date > before.Value.Date))
                {
                    before = r;
                }
                if (r.Date >= i.Start.AddDays(90) && r.Date <= followUpEnd && (after is null || r.Date > after.Value.Date))
                {
                    after = r;
                }
            }
            if (before?.Level is not { } baseline)
            {
                continue;
            }
            var outcomes = new Dictionary<string, double>(StringComparer.Ordinal);
            if (followUpEnd >= i.Start.AddDays(90) && after?.Level is { } followUp)
            {
                outcomes[EvidenceOutcomes.Progression] = baseline - followUp;
            }
            if (citizenRatings.TryGetValue((i.CitizenId, condition), out var own)
                && OwnRatingChange(own, i.Start, followUpEnd) is { } ratingChange)
            {
                outcomes[EvidenceOutcomes.CitizenRating] = ratingChange;
            }
            var yearEnd = i.Start.AddDays(365);
            // The same measures in the year before the start: covariates, not outcomes.
            var prior = EventSums(i.CitizenId, i.Start.AddDays(-365), i.Start);
            if (years.TryGetValue((i.CitizenId, i.Start.Year - 1), out var before1) && i.Start.Year - 1 - citizen.BirthDate.Year >= 18)
            {
                prior[EvidenceOutcomes.Kontanthjaelp] = before1.Benefit is "kontanthjaelp" or "uddannelseshjaelp" ? 1 : 0;
                prior[EvidenceOutcomes.Employed] = before1.Benefit is null or "none" && before1.IncomeDkk >= EvidenceOutcomes.EmploymentIncomeDkk ? 1 : 0;
            }
            // Later outcomes only for interventions assessed on the start date itself (the udredning at start): a rating a
            // few days earlier can belong to another service's follow-up, and that intervention was not assessed itself.
            if (yearEnd.AddDays(-1) <= dataEnd && before.Value.Date == i.Start)
            {
                foreach (var (name, sum) in EventSums(i.CitizenId, i.Start, yearEnd))
                {
                    outcomes[name] = sum;
                }
            }
            var nextYear = i.Start.Year + 1;
            var ageNext = nextYear - citizen.BirthDate.Year;
            if (nextYear <= dataEnd.Year && years.TryGetValue((i.CitizenId, nextYear), out var py) && ageNext >= 18)
            {
                outcomes[EvidenceOutcomes.Kontanthjaelp] = py.Benefit is "kontanthjaelp" or "uddannelseshjaelp" ? 1 : 0;
                if (ageNext <= 64)
                {
                    outcomes[EvidenceOutcomes.Employed] = py.Benefit is null or "none" && py.IncomeDkk >= EvidenceOutcomes.EmploymentIncomeDkk ? 1 : 0;
                }
            }
            var firstYearEnd = i.End is { } fe && fe < yearEnd ? fe : yearEnd;
            if (firstYearEnd > dataEnd)
            {
                firstYearEnd = dataEnd;
            }
            records.Add(new InterventionRecord(
                i.ExternalId ?? i.Id.ToString(),
                type,
                method,
                provider.ExternalId,
                i.TargetGroupCode,
                condition,
                baseline,
                i.Start.Year - citizen.BirthDate.Year >= 50 ? 1 : 0,
                citizen.Sex is 'K' or 'F' or 'k' or 'f' ? 1 : 0,
                personIndex.TryGetValue(i.CitizenId, out var person) ? person : personIndex[i.CitizenId] = personIndex.Count,
                weekly * Math.Max(0, firstYearEnd.DayNumber - i.Start.DayNumber) / 7.0,
                outcomes) { Prior = prior });
        }
        return new EvidenceData(records, spendByMethod, spendByType, dataEnd);
    }

    /// <summary>The first own rating in [start − 14, start + 30] and the latest in [start + 90, follow-up end]: their difference, or null.</summary>
    private static double? OwnRatingChange((DateOnly Date, int Rating)[] ratings, DateOnly start, DateOnly followUpEnd)
    {
        int? first = null, last = null;
        foreach (var (date, rating) in ratings)
        {
            if (first is null && date >= start.AddDays(-14) && date <= start.AddDays(30))
            {
                first = rating;
            }
            if (date >= start.AddDays(90) && date <= followUpEnd)
            {
                last = rating;
            }
        }
        return first is { } a && last is { } b ? b - a : null;
    }

    /// <summary>
    /// A cheap stamp of the data the analyses read: counts of interventions (and of ended ones), assessments, events,
    /// person-years and own ratings, and the highest event id. Any import, new assessment, ended intervention, new event or
    /// new rating changes it.
    /// </summary>
    public static async Task<string> StampAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mid = municipalityId;
        var interventions = await db.Interventions.CountAsync(i => i.MunicipalityId == mid, ct);
        var ended = await db.Interventions.CountAsync(i => i.MunicipalityId == mid && i.End != null, ct);
        var assessments = await db.Assessments.CountAsync(a => a.MunicipalityId == mid, ct);
        var events = await db.Events.CountAsync(e => e.MunicipalityId == mid, ct);
        var maxEvent = await db.Events.Where(e => e.MunicipalityId == mid).MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var personYears = await db.PersonYears.CountAsync(p => p.MunicipalityId == mid, ct);
        var ratings = await db.ProgressRatings.CountAsync(r => r.MunicipalityId == mid, ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{interventions}:{ended}:{assessments}:{events}:{maxEvent}:{personYears}:{ratings}");
    }
}
