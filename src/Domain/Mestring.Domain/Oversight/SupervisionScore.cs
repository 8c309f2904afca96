using Mestring.Domain.Common;

namespace Mestring.Domain.Oversight;

/// <summary>
/// One theme score (1–5) of a socialtilsyn assessment of a tilbud (supervision_assessments.csv). An assessment is the
/// set of scores of one provider on one date; which themes exist depends on the date (the themes are data with validity
/// periods: L 200 (2024–25) repeals two of the seven).
/// </summary>
public sealed class SupervisionScore : ITenantOwned
{
    private SupervisionScore() { }

    public SupervisionScore(Guid municipalityId, Guid providerId, DateOnly date, string theme, int score)
        : this(municipalityId, providerId, date, theme, score, dateUnknown: false)
    {
    }

    /// <summary>An undated score (providers.csv's tilsyn_* columns): <see cref="Date"/> is then <see cref="UndatedDate"/>.</summary>
    public static SupervisionScore Undated(Guid municipalityId, Guid providerId, string theme, int score) =>
        new(municipalityId, providerId, UndatedDate, theme, score, dateUnknown: true);

    private SupervisionScore(Guid municipalityId, Guid providerId, DateOnly date, string theme, int score, bool dateUnknown)
    {
        if (score is < 1 or > 5)
        {
            throw ValidationException.For("score", "A supervision score is 1-5.");
        }
        MunicipalityId = municipalityId;
        ProviderId = providerId;
        Date = date;
        Theme = Guard.NotBlank(theme, "theme", 64);
        Score = score;
        DateUnknown = dateUnknown;
    }

    /// <summary>The date an undated score is stored under (keeps the key (provider, date, theme) unique).</summary>
    public static readonly DateOnly UndatedDate = new(1, 1, 1);

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid ProviderId { get; private set; }
    public DateOnly Date { get; private set; }
    /// <summary>The theme's code, e.g. <c>health_wellbeing</c>.</summary>
    public string Theme { get; private set; } = "";
    public int Score { get; private set; }
    /// <summary>
    /// True for the published scores of providers.csv (tilsyn_*), whose assessment date the extract does not give; they
    /// are not part of the dated history the signals read.
    /// </summary>
    public bool DateUnknown { get; private set; }
}
