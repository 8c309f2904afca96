using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegisterExtract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_interventions_MunicipalityId_ExternalId",
                table: "interventions");

            migrationBuilder.DropIndex(
                name: "IX_events_MunicipalityId_CitizenId_Date",
                table: "events");

            migrationBuilder.DropIndex(
                name: "IX_assessment_items_AssessmentId",
                table: "assessment_items");

            migrationBuilder.AlterColumn<string>(
                name: "Cvr",
                table: "providers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CapacityUnknown",
                table: "providers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LeaderId",
                table: "providers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "providers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Quarantined",
                table: "providers",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SpecialisationLevelUnknown",
                table: "providers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.AlterColumn<decimal>(
                name: "IncomeDkk",
                table: "person_years",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,2)",
                oldPrecision: 14,
                oldScale: 2);

            migrationBuilder.AlterColumn<string>(
                name: "Benefit",
                table: "person_years",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);

            migrationBuilder.AlterColumn<string>(
                name: "ExternalId",
                table: "interventions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SpecialisationLevel",
                table: "interventions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetGroupCode",
                table: "interventions",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UnitPriceUnknown",
                table: "interventions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "UnitsPerWeekUnknown",
                table: "interventions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "household_years",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProviderId",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_MunicipalityId_ExternalId",
                table: "interventions",
                columns: new[] { "MunicipalityId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_MunicipalityId_CitizenId_Date_Type",
                table: "events",
                columns: new[] { "MunicipalityId", "CitizenId", "Date", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_items_AssessmentId_ConditionCode",
                table: "assessment_items",
                columns: new[] { "AssessmentId", "ConditionCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_interventions_MunicipalityId_ExternalId",
                table: "interventions");

            migrationBuilder.DropIndex(
                name: "IX_events_MunicipalityId_CitizenId_Date_Type",
                table: "events");

            migrationBuilder.DropIndex(
                name: "IX_assessment_items_AssessmentId_ConditionCode",
                table: "assessment_items");

            migrationBuilder.DropColumn(
                name: "CapacityUnknown",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "LeaderId",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "Quarantined",
                table: "providers");

            migrationBuilder.DropColumn(
                name: "SpecialisationLevelUnknown",
                table: "providers");

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

            migrationBuilder.DropColumn(
                name: "SpecialisationLevel",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "TargetGroupCode",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "UnitPriceUnknown",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "UnitsPerWeekUnknown",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "household_years");

            migrationBuilder.DropColumn(
                name: "ProviderId",
                table: "events");

            migrationBuilder.AlterColumn<string>(
                name: "Cvr",
                table: "providers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "IncomeDkk",
                table: "person_years",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,2)",
                oldPrecision: 14,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Benefit",
                table: "person_years",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ExternalId",
                table: "interventions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_MunicipalityId_ExternalId",
                table: "interventions",
                columns: new[] { "MunicipalityId", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_events_MunicipalityId_CitizenId_Date",
                table: "events",
                columns: new[] { "MunicipalityId", "CitizenId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_items_AssessmentId",
                table: "assessment_items",
                column: "AssessmentId");
        }
    }
}
