using Mestring.Domain.Prevention;
using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Application.Prevention;

/// <summary>
/// One municipality's population as the screening engine sees it today, loaded once per request: the settings (switch
/// and per-indicator switches), the columns, each person's area and the calibration on the municipality's own history.
/// Per-person screening is only run through <see cref="Screen"/>, which callers invoke only with the switch on.
/// </summary>
public sealed class PreventionSnapshot(MestringDbContext db, ICurrentUser user, TimeProvider clock, PopulationCache cache)
{
    /// <summary>Meaning of the calibrated share: the published measure (share of 18–29-year-olds on the benefit).</summary>
    public static readonly CalibrationOptions CalibrationOptions = new()
    {
        OutcomePhrase = "kontanthjælp eller uddannelseshjælp som 18–29-årige",
    };

    private LoadedPopulation? _population;
    private CalibrationResult? _calibration;
    private HistorySample? _history;

    public Guid MunicipalityId => user.MunicipalityId ?? Guid.Empty;

    public DateOnly Today => DanishCalendar.Today(clock);

    /// <summary>The municipality's settings, or <c>null</c> when never set (= off).</summary>
    public Task<PreventionSettings?> SettingsAsync(CancellationToken ct) => PreventionSwitch.FindAsync(db, MunicipalityId, ct);

    /// <summary>The screening options (<see cref="ScreeningSetup.Options"/>), the same as <c>mestring screen</c>.</summary>
    public static ScreeningOptions Options(DateOnly asOf, PreventionSettings? settings) => ScreeningSetup.Options(asOf, settings);

    public async Task<LoadedPopulation> PopulationAsync(CancellationToken ct) =>
        _population ??= await cache.GetAsync(db, MunicipalityId, Today.Year).WaitAsync(ct);

    /// <summary>Per-person screening as of today. Call only with the switch on.</summary>
    public async Task<ScreeningResult> ScreenAsync(PreventionSettings settings, CancellationToken ct) =>
        Screening.Run((await PopulationAsync(ct)).Columns, Options(Today, settings));

    /// <summary>The historical sample (youths 18–29 in the latest register year, factors at 15).</summary>
    public async Task<HistorySample> HistoryAsync(CancellationToken ct) =>
        _history ??= RegisterHistory.Build((await PopulationAsync(ct)).Columns, Options(Today, null));

    /// <summary>The calibration on the municipality's own history.</summary>
    public async Task<CalibrationResult> CalibrationAsync(CancellationToken ct) =>
        _calibration ??= RegisterHistory.Calibrate(await HistoryAsync(ct), CalibrationOptions);

    /// <summary>Each person's area as an engine column.</summary>
    public async Task<AreaColumn> AreasAsync(CancellationToken ct) => AreaColumn.FromNames((await PopulationAsync(ct)).AreaPerPerson);
}
