using Mestring.Domain.Audit;
using Mestring.Domain.Prevention;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Application.Prevention;

/// <summary>
/// The caseworker's early-detection worklist (issue 6): flagged children (tier middel or høj) who live in the areas
/// of the caseworker's team, with the reasons. Runs only with the municipality's switch on; a refused attempt is
/// audited. Every listing and every view of a flagged child is audited with the legal basis as reason. Decisions are
/// made by the caseworker with a written reason and stored; nothing is ever sent to a family. With the switch off every
/// answer is <see cref="PreventionErrors.Off"/>; a child the caseworker may not see is not found.
/// </summary>
public sealed class PreventionWorklist(MestringDbContext db, ICurrentUser user, TimeProvider clock, PreventionSnapshot snapshot, AuditTrail audit)
{
    public const string WorklistResource = "prevention-worklist";
    public const string PersonResource = "prevention-screening";
    public const Tier FlagTier = Tier.Medium;

    public const string RefusalMessage =
        "Tidlig opsporing er slået fra i kommunen. Der kan ikke vises en arbejdsliste eller oplysninger om enkelte børn, " +
        "før kommunen har slået det til med en konkret hjemmel. Forsøget er registreret i loggen.";

    /// <summary>The worklist of the signed-in caseworker.</summary>
    public async Task<Result<WorklistDto>> WorklistAsync(CancellationToken ct)
    {
        var settings = await snapshot.SettingsAsync(ct);
        if (settings is not { Enabled: true })
        {
            return await RefuseAsync(WorklistResource, null, ct);
        }
        var areas = await TeamAreasAsync(ct);
        var flagged = await FlaggedInAreasAsync(settings, areas, ct);
        var calibration = await snapshot.CalibrationAsync(ct);
        var ids = flagged.Select(f => f.Citizen.Id).ToList();
        var latest = (await db.PreventionDecisions.AsNoTracking().Where(d => ids.Contains(d.CitizenId))
                .Select(d => new { d.CitizenId, d.Kind, d.DecidedAt }).ToListAsync(ct))
            .GroupBy(d => d.CitizenId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.DecidedAt)!);

        // The listing and each child on it are audited with the legal basis as the reason.
        user.Reason = settings.LegalBasis;
        audit.Add(AuditActions.Search, WorklistResource);
        audit.AddEach(AuditActions.Read, WorklistResource, ids);
        await db.SaveChangesAsync(ct);

        var items = flagged.Select(f =>
        {
            var d = latest.GetValueOrDefault(f.Citizen.Id);
            var keys = f.Result.KeysOf(f.Mask);
            return new WorklistItemDto(f.Citizen.Id, f.Citizen.PersonId, f.Citizen.DisplayName, f.Citizen.AgeOn(snapshot.Today), f.Citizen.Area,
                keys, [.. keys.Select(k => NameOf(f.Result, k))], f.Score, TierNames.Danish(f.Tier), Meaning(calibration.Describe(f.Mask)).Sentence,
                d is null ? null : DecisionKinds.Code(d.Kind), d?.DecidedAt);
        }).OrderByDescending(i => i.Score).ThenBy(i => i.Area, StringComparer.Ordinal).ThenBy(i => i.PersonId, StringComparer.Ordinal).ToList();
        var enabled = FactorCatalog.DefaultIndicators.Where(i => settings.IsIndicatorEnabled(i.Key)).Select(i => i.Key).ToList();
        return new WorklistDto(snapshot.Today, settings.LegalBasis ?? "", areas, enabled, items);
    }

    /// <summary>One flagged child in the caseworker's areas, with the reasons and the decisions so far. Audited.</summary>
    public async Task<Result<WorklistPersonDto>> PersonAsync(Guid citizenId, CancellationToken ct)
    {
        var settings = await snapshot.SettingsAsync(ct);
        if (settings is not { Enabled: true })
        {
            return await RefuseAsync(PersonResource, citizenId, ct);
        }
        var found = await FindInAreasAsync(settings, citizenId, ct);
        if (found is null)
        {
            return await NotOnWorklistAsync(PersonResource, citizenId, ct);
        }
        var (citizen, result, row) = found.Value;
        await audit.RecordAsync(AuditActions.Read, PersonResource, citizenId, settings.LegalBasis, ct: ct);

        var explanation = result.Explain(row);
        var calibration = await snapshot.CalibrationAsync(ct);
        var meaning = calibration.Describe(result.FactorMask[row]);
        var (sentence, interval) = Meaning(meaning);
        var history = await snapshot.HistoryAsync(ct);
        var factors = explanation.Factors.Select(f =>
        {
            var definition = result.Factors.First(d => d.Key == f.Key);
            var basis = definition is EventIndicator ? settings.Indicators.Find(i => i.Key == f.Key)?.LegalBasis ?? definition.LegalBasis : settings.LegalBasis ?? definition.LegalBasis;
            return new FactorDto(f.Key, f.DanishName, f.Status switch
            {
                FactorStatus.Present => "present",
                FactorStatus.Absent => "absent",
                _ => "not-evaluated",
            }, f.Summary, definition.Definition, definition.DataSource, basis,
                [.. f.Data.Select(e => new EvidenceDto(e.Role, e.PersonId, e.Field, e.Value, e.Year))]);
        }).ToList();
        return new WorklistPersonDto(
            citizen.Id, citizen.PersonId, citizen.DisplayName, citizen.AgeOn(snapshot.Today), citizen.Area, explanation.ReferenceYear,
            explanation.Score, TierNames.Danish(explanation.Tier), factors,
            new MeaningDto(sentence, interval, meaning.Estimate.Share, meaning.Estimate.Count, meaning.ByCombination, history.OutcomeYear),
            await DecisionsAsync(citizenId, ct));
    }

    /// <summary>Records the caseworker's decision with its reason (one transaction; the write is audited); a missing kind or reason is invalid.</summary>
    public async Task<Result<DecisionDto>> DecideAsync(Guid citizenId, DecisionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DecisionKinds.Parse(request.Kind) is not { } kind)
        {
            return Error.Invalid("kind", "Vælg en beslutning: contact (kontakt), early-help (tidlig forebyggende hjælp, barnets lov §§ 28–32) eller no-action (ingen handling).");
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Error.Invalid("reason", "Skriv en begrundelse for beslutningen.");
        }
        var settings = await snapshot.SettingsAsync(ct);
        if (settings is not { Enabled: true })
        {
            return await RefuseAsync(PersonResource, citizenId, ct);
        }
        var found = await FindInAreasAsync(settings, citizenId, ct);
        if (found is null)
        {
            return await NotOnWorklistAsync("prevention-decision", citizenId, ct);
        }
        var (_, result, row) = found.Value;
        user.Reason = settings.LegalBasis;
        var decision = new PreventionDecision(user.MunicipalityId ?? Guid.Empty, citizenId, kind, request.Reason, user.UserId, user.DisplayName,
            clock.GetUtcNow(), result.FactorKeysOf(row), result.Score[row], TierNames.Danish(result.Tier[row]));
        db.PreventionDecisions.Add(decision);
        await db.SaveChangesAsync(ct); // the audit interceptor adds the "create prevention-decision" entry in the same transaction
        return ToDto(decision);
    }

    /// <summary>The areas of the caseworker's team (empty without a team or without assigned areas).</summary>
    public async Task<IReadOnlyList<string>> TeamAreasAsync(CancellationToken ct) => user.TeamId is { } team
        ? await db.TeamAreas.AsNoTracking().Where(a => a.TeamId == team).OrderBy(a => a.Area).Select(a => a.Area).ToListAsync(ct)
        : [];

    private sealed record Flagged(Domain.Citizens.Citizen Citizen, ScreeningResult Result, uint Mask, int Score, Tier Tier);

    private async Task<List<Flagged>> FlaggedInAreasAsync(PreventionSettings settings, IReadOnlyList<string> areas, CancellationToken ct)
    {
        if (areas.Count == 0)
        {
            return [];
        }
        var population = await snapshot.PopulationAsync(ct);
        var result = await snapshot.ScreenAsync(settings, ct);
        var inArea = new HashSet<string>(areas, StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (result.Tier[i] >= FlagTier && population.AreaPerPerson[result.PersonIndex[i]] is { } area && inArea.Contains(area))
            {
                rows[result.PersonId(i)] = i;
            }
        }
        var personIds = rows.Keys.ToList();
        var citizens = await db.Citizens.AsNoTracking().Where(c => personIds.Contains(c.PersonId)).ToListAsync(ct);
        return [.. citizens.Select(c => new Flagged(c, result, result.FactorMask[rows[c.PersonId]], result.Score[rows[c.PersonId]], result.Tier[rows[c.PersonId]]))];
    }

    // A child is open to the caseworker when they live in the team's areas and are flagged now or were decided on before.
    private async Task<(Domain.Citizens.Citizen Citizen, ScreeningResult Result, int Row)?> FindInAreasAsync(
        PreventionSettings settings, Guid citizenId, CancellationToken ct)
    {
        var areas = await TeamAreasAsync(ct);
        var citizen = await db.Citizens.AsNoTracking().FirstOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen?.Area is null || !areas.Contains(citizen.Area, StringComparer.Ordinal))
        {
            return null;
        }
        var population = await snapshot.PopulationAsync(ct);
        var result = await snapshot.ScreenAsync(settings, ct);
        var index = -1;
        for (var p = 0; p < population.Columns.PersonCount && index < 0; p++)
        {
            if (population.Columns.PersonId(p) == citizen.PersonId)
            {
                index = p;
            }
        }
        var row = index < 0 ? -1 : result.RowOf(index);
        if (row < 0)
        {
            return null;
        }
        var open = result.Tier[row] >= FlagTier || await db.PreventionDecisions.AnyAsync(d => d.CitizenId == citizenId, ct);
        return open ? (citizen, result, row) : null;
    }

    private async Task<IReadOnlyList<DecisionDto>> DecisionsAsync(Guid citizenId, CancellationToken ct) =>
        [.. (await db.PreventionDecisions.AsNoTracking().Where(d => d.CitizenId == citizenId).ToListAsync(ct))
            .OrderByDescending(d => d.DecidedAt).Select(ToDto)];

    private static DecisionDto ToDto(PreventionDecision d) => new(d.Id, DecisionKinds.Code(d.Kind), d.Reason, d.DecidedByName, d.DecidedAt,
        d.Factors == "-" ? [] : d.Factors.Split(';'), d.Score, d.Tier);

    /// <summary>Fewer earlier youths than this with the same number of factors: no share is claimed.</summary>
    public const int MinimumHistory = 30;

    // A share from a handful of youths would be read as a fact; below the minimum the page says so instead.
    private static (string Sentence, string Interval) Meaning(CalibratedMeaning meaning) =>
        meaning.Estimate.Count >= MinimumHistory
            ? (meaning.Sentence, meaning.IntervalText)
            : (string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Kommunens egen historik er for lille til at sige, hvad disse forhold har betydet for tidligere unge (n = {meaning.Estimate.Count}; mindst {MinimumHistory} kræves)."), "");

    private static string NameOf(ScreeningResult result, string key) => result.Factors.FirstOrDefault(f => f.Key == key)?.DanishName ?? key;

    private async Task<Error> RefuseAsync(string resource, Guid? citizenId, CancellationToken ct)
    {
        await audit.RecordAsync(AuditActions.Denied, resource, citizenId, "tidlig opsporing er slået fra", ct: ct);
        return PreventionErrors.Off;
    }

    private async Task<Error> NotOnWorklistAsync(string resource, Guid citizenId, CancellationToken ct)
    {
        await audit.RecordAsync(AuditActions.Denied, resource, citizenId, "ikke på sagsbehandlerens arbejdsliste", ct: ct);
        return Error.NotFound("child on the caseworker's worklist");
    }
}

/// <summary>The API codes of <see cref="PreventionDecisionKind"/>.</summary>
public static class DecisionKinds
{
    public static string Code(PreventionDecisionKind kind) => kind switch
    {
        PreventionDecisionKind.Contact => "contact",
        PreventionDecisionKind.EarlyHelp => "early-help",
        _ => "no-action",
    };

    public static PreventionDecisionKind? Parse(string? code) => code?.Trim() switch
    {
        "contact" => PreventionDecisionKind.Contact,
        "early-help" => PreventionDecisionKind.EarlyHelp,
        "no-action" => PreventionDecisionKind.NoAction,
        _ => null,
    };
}
