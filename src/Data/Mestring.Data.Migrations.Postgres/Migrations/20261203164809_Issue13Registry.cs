using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Mestring.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue13Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DateUnknown",
                table: "supervision_scores",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Data: the seven columns become undated scores before they are dropped (see Issue13Sql).
            Mestring.Data.MigrationSql.Issue13Sql.CopyColumnsToScores(migrationBuilder, postgres: true);
            migrationBuilder.DropColumn(
                name: "SupervisionCompetences",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionEducationEmployment",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionHealthWellbeing",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionIndependenceRelations",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionOrganisationManagement",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionPhysicalSetting",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SupervisionTargetGroupMethodsResults",
                table: "providers");


            migrationBuilder.CreateTable(
                name: "provider_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ToId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PriceDkk = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PriceYear = table.Column<int>(type: "integer", nullable: false),
                    OccupancyPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Places = table.Column<int>(type: "integer", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quarantines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarantines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_themes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameDa = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_themes", x => x.Code);
                });

            migrationBuilder.InsertData(
                table: "supervision_themes",
                columns: new[] { "Code", "NameDa", "NameEn", "Order", "ValidFrom", "ValidTo" },
                values: new object[,]
                {
                    { "competences", "Kompetencer", "Competences", 6, new DateOnly(2014, 1, 1), null },
                    { "education_employment", "Uddannelse og beskæftigelse", "Education and employment", 1, new DateOnly(2014, 1, 1), new DateOnly(2025, 6, 30) },
                    { "health_wellbeing", "Sundhed og trivsel", "Health and well-being", 4, new DateOnly(2014, 1, 1), null },
                    { "independence_relations", "Selvstændighed og relationer", "Independence and relationships", 2, new DateOnly(2014, 1, 1), new DateOnly(2025, 6, 30) },
                    { "organisation_management", "Organisation og ledelse", "Organisation and management", 5, new DateOnly(2014, 1, 1), null },
                    { "physical_setting", "Fysiske rammer", "Physical setting", 7, new DateOnly(2014, 1, 1), null },
                    { "target_group_methods_results", "Målgruppe, metoder og resultater", "Target group, methods and results", 3, new DateOnly(2014, 1, 1), null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_links_MunicipalityId_FromId_ToId_Role",
                table: "provider_links",
                columns: new[] { "MunicipalityId", "FromId", "ToId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_links_MunicipalityId_ToId",
                table: "provider_links",
                columns: new[] { "MunicipalityId", "ToId" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_places_MunicipalityId_ProviderId_LegalBasis",
                table: "provider_places",
                columns: new[] { "MunicipalityId", "ProviderId", "LegalBasis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_rates_MunicipalityId_ProviderId_ServiceCode_Target~",
                table: "provider_rates",
                columns: new[] { "MunicipalityId", "ProviderId", "ServiceCode", "TargetGroup", "Unit", "PriceYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_units_MunicipalityId_ProviderId_UnitId",
                table: "provider_units",
                columns: new[] { "MunicipalityId", "ProviderId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quarantines_MunicipalityId_PersonId_From",
                table: "quarantines",
                columns: new[] { "MunicipalityId", "PersonId", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_links");

            migrationBuilder.DropTable(
                name: "provider_places");

            migrationBuilder.DropTable(
                name: "provider_rates");

            migrationBuilder.DropTable(
                name: "provider_units");

            migrationBuilder.DropTable(
                name: "quarantines");

            migrationBuilder.DropTable(
                name: "supervision_themes");


            migrationBuilder.AddColumn<int>(
                name: "SupervisionCompetences",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionEducationEmployment",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionHealthWellbeing",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionIndependenceRelations",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionOrganisationManagement",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionPhysicalSetting",
                table: "providers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisionTargetGroupMethodsResults",
                table: "providers",
                type: "integer",
                nullable: true);

            // Data: the undated scores go back into the columns before DateUnknown is dropped (see Issue13Sql).
            Mestring.Data.MigrationSql.Issue13Sql.CopyScoresToColumns(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "DateUnknown",
                table: "supervision_scores");
        }
    }
}
