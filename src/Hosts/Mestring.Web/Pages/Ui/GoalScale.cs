namespace Mestring.Web.Pages.Ui;

/// <summary>
/// A goal drawn as a line from the worst level (4, left) to no reduced function (0, right), so that progress
/// moves to the right: where the citizen started, where they are now and where they aim to be.
/// </summary>
public sealed record GoalScale(int? Baseline, int Target, int? Current)
{
    public const double Left = 24;
    public const double Step = 88;

    /// <summary>The x coordinate of a level (lower level = further right).</summary>
    public static double X(int level) => Left + ((4 - Math.Clamp(level, 0, 4)) * Step);

    /// <summary>True when the current level is at or better than the target.</summary>
    public bool Reached => Current is { } c && c <= Target;
}

/// <summary>A 1–10 rating drawn as ten cells, the first <see cref="Rating"/> filled.</summary>
public sealed record RatingCells(int Rating, string Label);
