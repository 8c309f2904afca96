using Mestring.Application.Steering;
using Mestring.Domain.Plans;

namespace Mestring.Web.Pages.Ledelse.Styring;

/// <summary>Labels, numbers and the reading of a steering table in the UI language — never a raw code.</summary>
public static class SteeringView
{
    public static string Title(IStringLocalizer t, string analysis) => t["Steering.Title." + analysis];

    public static string Lead(IStringLocalizer t, string analysis) => t["Steering.Lead." + analysis];

    public static string Column(IStringLocalizer t, SteeringColumn column)
    {
        var colon = column.Key.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return t["Steering.Col." + column.Key[..colon] + ".year", column.Key[(colon + 1)..]];
        }
        return Enum.TryParse<GoalStatus>(column.Key, out var status) ? t.GoalStatus(status) : t["Steering.Col." + column.Key];
    }

    public static string Row(IStringLocalizer t, SteeringTable table, string key) => key.Length == 0 && table.RowKind != SteeringKeyKind.Metric
        ? t["Steering.Unknown"]
        : Key(t, table.RowKind, key, table.Names);

    public static string Key(IStringLocalizer t, SteeringKeyKind kind, string key, IReadOnlyDictionary<string, string>? names = null)
    {
        if (key.Length == 0 && kind != SteeringKeyKind.Metric)
        {
            return t["Steering.Unknown"];
        }
        var (a, b) = SteeringCuts.Split(key);
        return kind switch
        {
            SteeringKeyKind.Year or SteeringKeyKind.Area => key,
            SteeringKeyKind.LegalBasis => Labels.LegalBasis(key),
            SteeringKeyKind.TargetGroup or SteeringKeyKind.Method => FfbLists.Display(key),
            SteeringKeyKind.Provider => names?.GetValueOrDefault(key) ?? t["Steering.Unknown"],
            SteeringKeyKind.Level => Level(t, key),
            SteeringKeyKind.LevelMove => Level(t, a) + " → " + Level(t, b),
            SteeringKeyKind.LevelTarget => Level(t, a) + " · " + (b.Length == 0 ? t["Steering.Unknown"] : FfbLists.Display(b)),
            SteeringKeyKind.LevelBasis => Level(t, a) + " · " + (b.Length == 0 ? t["Steering.Unknown"] : Labels.LegalBasis(b)),
            SteeringKeyKind.GoalStatus => Enum.TryParse<GoalStatus>(key, out var s) ? t.GoalStatus(s) : t["Steering.Unknown"],
            SteeringKeyKind.Metric => t["Steering.Row." + key],
        };
    }

    private static string Level(IStringLocalizer t, string level) => level.Length == 0 ? t["Steering.UnknownLevel"] : t["Niveau {0}", level];

    public static string Value(IStringLocalizer t, SteeringTable table, SteeringRow row, int c) =>
        row.Hidden[c] ? t["skjult"] : Number(table.Columns[c].Kind, row.Values[c]);

    public static string Number(SteeringValueKind kind, decimal? value) => value is not { } v ? "–" : kind switch
    {
        SteeringValueKind.Count => Fmt.Number((int)v),
        SteeringValueKind.Money => Fmt.Money(decimal.Round(v, 0)),
        SteeringValueKind.Percent => Fmt.Number(v) + " %",
        SteeringValueKind.Number => Fmt.Number(decimal.Round(v, 2)),
    };

    /// <summary>The one-line reading, or the notice that the numbers are too few for one.</summary>
    public static string Reading(IStringLocalizer t, SteeringTable table) => table.Reading is not { } r
        ? t["Steering.Reading.none"]
        : t["Steering.Reading." + r.Kind, [.. r.Args.Select(a => (object)Arg(t, a, table.Names))]];

    private static string Arg(IStringLocalizer t, ReadingArg a, IReadOnlyDictionary<string, string>? names) =>
        a.KeyKind is { } kind ? Key(t, kind, a.Key ?? "", names) : a.Number is null ? t["skjult"] : Number(a.NumberKind ?? SteeringValueKind.Number, a.Number);

    public static string Chart(IStringLocalizer t, SteeringTable table)
    {
        var labels = table.Rows.Select(r => Row(t, table, r.Key)).ToList();
        var first = table.ChartColumns[0];
        int? second = table.ChartColumns.Count > 1 ? table.ChartColumns[1] : null;
        return ChartJson.Serialize(new BarChart("bar", labels, Column(t, table.Columns[first]), [.. table.Rows.Select(r => r.Values[first])],
            second is { } s ? Column(t, table.Columns[s]) : null, second is { } s2 ? [.. table.Rows.Select(r => r.Values[s2])] : null));
    }
}
