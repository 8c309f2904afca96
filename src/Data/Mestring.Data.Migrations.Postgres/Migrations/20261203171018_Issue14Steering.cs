using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mestring.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue14Steering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "steering_cells",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Cut = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Citizens = table.Column<int>(type: "integer", nullable: false),
                    Spending = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    ItemsMet = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_cells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_dirty",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_dirty", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Cut = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Citizens = table.Column<int>(type: "integer", nullable: false),
                    Spending = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    ItemsMet = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_state",
                columns: table => new
                {
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuiltForYear = table.Column<int>(type: "integer", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_state", x => x.MunicipalityId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_steering_cells_MunicipalityId_Cut_Year_Key",
                table: "steering_cells",
                columns: new[] { "MunicipalityId", "Cut", "Year", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_steering_dirty_MunicipalityId_CitizenId",
                table: "steering_dirty",
                columns: new[] { "MunicipalityId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_steering_facts_MunicipalityId_CitizenId",
                table: "steering_facts",
                columns: new[] { "MunicipalityId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_steering_facts_MunicipalityId_Cut_Year",
                table: "steering_facts",
                columns: new[] { "MunicipalityId", "Cut", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "steering_cells");

            migrationBuilder.DropTable(
                name: "steering_dirty");

            migrationBuilder.DropTable(
                name: "steering_facts");

            migrationBuilder.DropTable(
                name: "steering_state");
        }
    }
}
