namespace Mestring.Oversight;

/// <summary>
/// Falling supervision scores: over the last three assessments of a tilbud, the mean theme score fell at each step and by
/// at least <see cref="OversightSettings.ScoreDrop"/> in all. Each step compares the themes both assessments scored, so a
/// change of the theme set (L 200 repealed two themes) is no fall by itself.
/// </summary>
internal static class SupervisionSignals
{
    public static IEnumerable<Signal> Run(OversightContext c)
    {
        foreach (var provider in c.Input.Supervision.GroupBy(s => s.ProviderId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var assessments = provider.GroupBy(s => s.Date).OrderBy(g => g.Key)
                .Select(g => (Date: g.Key, Scores: g.GroupBy(s => s.Theme, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.First().Score, StringComparer.Ordinal)))
                .ToList();
            if (assessments.Count < 3)
            {
                continue;
            }
            var a = assessments[^3];
            var b = assessments[^2];
            var d = assessments[^1];
            var step1 = Change(a.Scores, b.Scores);
            var step2 = Change(b.Scores, d.Scores);
            if (step1 is not { } s1 || step2 is not { } s2 || s1 >= 0 || s2 >= 0 || -(s1 + s2) < c.Settings.ScoreDrop)
            {
                continue;
            }
            var drop = -(s1 + s2);
            var themes = assessments.TakeLast(3).SelectMany(x => x.Scores.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var rows = assessments.Select(x => (IReadOnlyList<string>)
                [Ev.D(x.Date), Ev.N(x.Scores.Values.Average()), .. themes.Select(t => x.Scores.TryGetValue(t, out var v) ? Ev.I(v) : "")]).ToList();
            var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["assessments"] = assessments.Count, ["drop"] = Math.Round((decimal)drop, 2),
                ["firstMean"] = Math.Round((decimal)a.Scores.Values.Average(), 2), ["lastMean"] = Math.Round((decimal)d.Scores.Values.Average(), 2),
            };
            var summary = Ev.F($"Mean supervision score fell by {Ev.N(drop)} over the last three assessments ({Ev.D(a.Date)}, {Ev.D(b.Date)}, {Ev.D(d.Date)}).");
            yield return new Signal(provider.Key, SignalKinds.FallingSupervisionScores, drop >= 1.5 ? Severity.High : Severity.Medium,
                new SignalEvidence(summary, figures, ["date", "mean", .. themes], rows));
        }
    }

    /// <summary>Mean change over the themes both assessments scored; null when they share none.</summary>
    private static double? Change(Dictionary<string, int> before, Dictionary<string, int> after)
    {
        var common = before.Keys.Where(after.ContainsKey).ToList();
        return common.Count == 0 ? null : common.Average(t => (double)(after[t] - before[t]));
    }
}
