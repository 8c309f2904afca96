using Microsoft.EntityFrameworkCore.Migrations;

namespace Mestring.Data.MigrationSql;

/// <summary>
/// The data half of migration Issue13Registry (both providers): providers' seven socialtilsyn columns become the
/// provider's undated supervision scores (<c>supervision_scores</c> with <c>DateUnknown</c>), and back. Called from the
/// generated migration between adding and dropping columns, so a regenerated migration keeps the copy.
/// </summary>
public static class Issue13Sql
{
    /// <summary>The theme codes and the provider columns they came from (providers.csv's tilsyn_* order).</summary>
    public static readonly IReadOnlyList<(string Theme, string Column)> Columns =
    [
        ("education_employment", "SupervisionEducationEmployment"),
        ("independence_relations", "SupervisionIndependenceRelations"),
        ("target_group_methods_results", "SupervisionTargetGroupMethodsResults"),
        ("health_wellbeing", "SupervisionHealthWellbeing"),
        ("organisation_management", "SupervisionOrganisationManagement"),
        ("competences", "SupervisionCompetences"),
        ("physical_setting", "SupervisionPhysicalSetting"),
    ];

    /// <summary>Up: copies every non-null column value into an undated score. Run after DateUnknown is added, before the columns are dropped.</summary>
    public static void CopyColumnsToScores(MigrationBuilder migrationBuilder, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var date = postgres ? "DATE '0001-01-01'" : "'0001-01-01'";
        var yes = postgres ? "TRUE" : "1";
        foreach (var (theme, column) in Columns)
        {
            migrationBuilder.Sql(
                "INSERT INTO supervision_scores (\"MunicipalityId\", \"ProviderId\", \"Date\", \"Theme\", \"Score\", \"DateUnknown\") " +
                $"SELECT \"MunicipalityId\", \"Id\", {date}, '{theme}', \"{column}\", {yes} FROM providers WHERE \"{column}\" IS NOT NULL");
        }
    }

    /// <summary>Down: puts the undated scores back into the columns and removes them. Run after the columns are re-added, before DateUnknown is dropped.</summary>
    public static void CopyScoresToColumns(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var (theme, column) in Columns)
        {
            migrationBuilder.Sql(
                $"UPDATE providers SET \"{column}\" = (SELECT s.\"Score\" FROM supervision_scores s WHERE s.\"ProviderId\" = providers.\"Id\" " +
                $"AND s.\"DateUnknown\" AND s.\"Theme\" = '{theme}')");
        }
        migrationBuilder.Sql("DELETE FROM supervision_scores WHERE \"DateUnknown\"");
    }
}
