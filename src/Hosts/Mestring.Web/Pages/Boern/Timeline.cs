using Mestring.Application.Children;
using Mestring.Domain.Children;

namespace Mestring.Web.Pages.Boern;

/// <summary>One deadline drawn on the timeline: from its trigger to its due time, with the time it was met.</summary>
public sealed record TimelineRow(string Label, DateTimeOffset TriggeredAt, DateTimeOffset DueAt, DateTimeOffset? MetAt, DeadlineStatus Status, bool Soon);

/// <summary>
/// A deadline timeline: every row on one shared time axis (the earliest trigger to the latest due time or today), so a
/// reader sees at a glance what ran late and what is coming. Positions are percentages of the axis (SVG coordinates;
/// the words and dates are in the list next to each bar).
/// </summary>
public sealed class Timeline(IReadOnlyList<TimelineRow> rows, DateTimeOffset now)
{
    public IReadOnlyList<TimelineRow> Rows { get; } = rows;

    public DateTimeOffset Now { get; } = now;

    private DateTimeOffset Start => Rows.Count == 0 ? Now : Rows.Min(r => r.TriggeredAt);

    private DateTimeOffset End => Rows.Count == 0 ? Now : new[] { Now, Rows.Max(r => r.DueAt), Rows.Max(r => r.MetAt ?? r.DueAt) }.Max();

    /// <summary>The position of an instant on the axis, 0–100, as an SVG number.</summary>
    public string X(DateTimeOffset at)
    {
        var span = (End - Start).TotalSeconds;
        var x = span <= 0 ? 0 : Math.Clamp((at - Start).TotalSeconds / span * 100, 0, 100);
        return x.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public string Width(DateTimeOffset from, DateTimeOffset to) =>
        Math.Max(0.6, double.Parse(X(to), CultureInfo.InvariantCulture) - double.Parse(X(from), CultureInfo.InvariantCulture)).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Fill(DeadlineStatus status, bool soon) => status switch
    {
        DeadlineStatus.Overdue => "#b3261e",
        DeadlineStatus.Due when soon => "#8a5a00",
        DeadlineStatus.Due => "#1f5fa8",
        DeadlineStatus.Met => "#1e7b3a",
        _ => "#5b6470",
    };

    public static Timeline Of(IEnumerable<DeadlineDto> deadlines, DateTimeOffset now, Func<DeadlineKind, string> label) =>
        new([.. deadlines.OrderBy(d => d.DueAt).Select(d =>
        {
            var (status, soon) = ChildText.Of(d, now);
            return new TimelineRow(label(DeadlineNames.ParseKind(d.Kind)!.Value), d.TriggeredAt, d.DueAt, d.MetAt, status, soon);
        })], now);
}
