using Mestring.Data.Bulk;
using Mestring.Domain.Oversight;
using Mestring.Registers;
using Microsoft.EntityFrameworkCore.Metadata;
using Theme = Mestring.Domain.Oversight.SupervisionTheme;

namespace Mestring.Application.Registers;

/// <summary>
/// providers.csv's seven tilsyn_* columns, stored as the provider's undated supervision scores
/// (<see cref="SupervisionScore.DateUnknown"/>) rather than as columns: staged with the provider rows, then a changed or
/// emptied score is removed and a missing one inserted, so re-importing the same file changes nothing.
/// </summary>
internal sealed class ProviderScoreStatements(IModel model, MappedTable providers)
{
    /// <summary>The theme codes in the order of providers.csv's columns.</summary>
    public static IReadOnlyList<string> Themes { get; } = [.. Theme.Shipped.OrderBy(t => t.Order).Select(t => t.Code)];

    /// <summary>The staging-only columns, one per theme.</summary>
    public static IReadOnlyList<BulkColumn> StageColumns { get; } = [.. Themes.Select(t => new BulkColumn(StageColumn(t), ColumnKind.Int))];

    private readonly MappedTable _scores = MappedTable.Of<SupervisionScore>(model);

    private static string StageColumn(string theme) => "tilsyn_" + theme;

    /// <summary>Puts a row's seven scores into the staging values from <paramref name="offset"/>.</summary>
    public static void Fill(SupervisionScores scores, object?[] values, int offset)
    {
        values[offset] = scores.EducationAndEmployment;
        values[offset + 1] = scores.IndependenceAndRelations;
        values[offset + 2] = scores.TargetGroupMethodsAndResults;
        values[offset + 3] = scores.HealthAndWellbeing;
        values[offset + 4] = scores.OrganisationAndManagement;
        values[offset + 5] = scores.Competences;
        values[offset + 6] = scores.PhysicalSetting;
    }

    private string StagedScore(string alias) =>
        "CASE " + string.Join(" ", Themes.Select(t => $"WHEN {alias}.{_scores[nameof(SupervisionScore.Theme)]} = '{t}' THEN s.{StageColumn(t)}")) + " END";

    /// <summary>Removes the undated scores of the file's providers that the file changes or empties.</summary>
    public string RemoveChanged(bool postgres)
    {
        var c = _scores;
        return $"DELETE FROM {c.Quoted} WHERE {c[EntityColumns.Municipality]} = @m AND {c[nameof(SupervisionScore.DateUnknown)]} " +
               $"AND EXISTS (SELECT 1 FROM {{stage}} AS s WHERE s.{providers[EntityColumns.Id]} = {c.Quoted}.{c[nameof(SupervisionScore.ProviderId)]} " +
               $"AND ({StagedScore(c.Quoted)}) {(postgres ? "IS DISTINCT FROM" : "IS NOT")} {c.Quoted}.{c[nameof(SupervisionScore.Score)]})";
    }

    /// <summary>Inserts the file's scores that are not stored yet (new, or removed above because they changed).</summary>
    public string InsertMissing(bool postgres)
    {
        var c = _scores;
        var undated = postgres ? "DATE '0001-01-01'" : "'0001-01-01'";
        var selects = Themes.Select(t =>
            $"SELECT s.{providers[EntityColumns.Id]} AS p, '{t}' AS theme, s.{StageColumn(t)} AS score FROM {{stage}} AS s WHERE s.{StageColumn(t)} IS NOT NULL");
        return $"INSERT INTO {c.Quoted} ({c[EntityColumns.Municipality]}, {c[nameof(SupervisionScore.ProviderId)]}, {c[nameof(SupervisionScore.Date)]}, " +
               $"{c[nameof(SupervisionScore.Theme)]}, {c[nameof(SupervisionScore.Score)]}, {c[nameof(SupervisionScore.DateUnknown)]}) " +
               $"SELECT @m, n.p, {undated}, n.theme, n.score, {True(postgres)} FROM ({string.Join(" UNION ALL ", selects)}) AS n " +
               $"WHERE NOT EXISTS (SELECT 1 FROM {c.Quoted} AS x WHERE x.{c[EntityColumns.Municipality]} = @m AND x.{c[nameof(SupervisionScore.ProviderId)]} = n.p " +
               $"AND x.{c[nameof(SupervisionScore.Date)]} = {undated} AND x.{c[nameof(SupervisionScore.Theme)]} = n.theme)";
    }

    /// <summary>The seven undated scores of the provider row aliased by <paramref name="providers"/>' table, as subqueries in theme order.</summary>
    public static string SelectUndated(IModel model, MappedTable providers)
    {
        var c = MappedTable.Of<SupervisionScore>(model);
        return string.Join(", ", Themes.Select(t =>
            $"(SELECT x.{c[nameof(SupervisionScore.Score)]} FROM {c.Quoted} x WHERE x.{c[nameof(SupervisionScore.ProviderId)]} = {providers.Quoted}.{providers[EntityColumns.Id]} " +
            $"AND x.{c[nameof(SupervisionScore.DateUnknown)]} AND x.{c[nameof(SupervisionScore.Theme)]} = '{t}')"));
    }

    /// <summary>The condition that the score row aliased <paramref name="alias"/> is dated (part of supervision_assessments.csv).</summary>
    public static string Dated(MappedTable scores, string alias) => $"NOT {alias}.{scores[nameof(SupervisionScore.DateUnknown)]}";

    private static string True(bool postgres) => postgres ? "TRUE" : "1";
}
