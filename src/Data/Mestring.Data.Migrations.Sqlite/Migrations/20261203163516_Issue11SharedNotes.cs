using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue11SharedNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharedWithCitizen",
                table: "progress_notes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "network_contributions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithCitizen",
                table: "progress_notes");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "network_contributions");
        }
    }
}
