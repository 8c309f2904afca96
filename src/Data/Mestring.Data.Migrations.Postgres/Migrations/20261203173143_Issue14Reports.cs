using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue14Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_aggregates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceMunicipality = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Measure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Citizens = table.Column<int>(type: "integer", nullable: true),
                    Spending = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FileHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_aggregates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InputsJson = table.Column<string>(type: "text", nullable: false),
                    DataStamp = table.Column<string>(type: "text", nullable: false),
                    FiguresHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    EngineVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MadeBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_imported_aggregates_MunicipalityId_Measure_SourceMunicipali~",
                table: "imported_aggregates",
                columns: new[] { "MunicipalityId", "Measure", "SourceMunicipality", "LegalBasis", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_records_MunicipalityId_MadeAt",
                table: "report_records",
                columns: new[] { "MunicipalityId", "MadeAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_aggregates");

            migrationBuilder.DropTable(
                name: "report_records");
        }
    }
}
