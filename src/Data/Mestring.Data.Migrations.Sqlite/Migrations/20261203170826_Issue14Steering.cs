using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Cut = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Citizens = table.Column<int>(type: "INTEGER", nullable: false),
                    Spending = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsMet = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_cells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_dirty",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_dirty", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Cut = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Citizens = table.Column<int>(type: "INTEGER", nullable: false),
                    Spending = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsMet = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steering_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steering_state",
                columns: table => new
                {
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuiltForYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
