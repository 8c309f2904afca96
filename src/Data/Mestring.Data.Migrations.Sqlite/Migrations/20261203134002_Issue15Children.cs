using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue15Children : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "child_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SupportType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExpectedDurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentsConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComplaintGuidance = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PreparedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MeetingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Interventions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "child_investigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ChildView = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ChildViewAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PreliminaryAssessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PreliminaryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: true),
                    Siblings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_investigations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "child_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifierKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotifierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NotifierContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NotifierRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcuteDanger = table.Column<bool>(type: "INTEGER", nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "child_plan_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PlainSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChildWords = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ParentsWords = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_plan_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "custodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custodies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_decisions_MunicipalityId_CitizenId",
                table: "child_decisions",
                columns: new[] { "MunicipalityId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_investigations_MunicipalityId_CitizenId_AwareAt",
                table: "child_investigations",
                columns: new[] { "MunicipalityId", "CitizenId", "AwareAt" });

            migrationBuilder.CreateIndex(
                name: "IX_child_notifications_MunicipalityId_CitizenId_ReceivedAt",
                table: "child_notifications",
                columns: new[] { "MunicipalityId", "CitizenId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_child_plan_records_MunicipalityId_CitizenId_RecordedAt",
                table: "child_plan_records",
                columns: new[] { "MunicipalityId", "CitizenId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_custodies_MunicipalityId_ParentUserId_CitizenId",
                table: "custodies",
                columns: new[] { "MunicipalityId", "ParentUserId", "CitizenId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_decisions");

            migrationBuilder.DropTable(
                name: "child_investigations");

            migrationBuilder.DropTable(
                name: "child_notifications");

            migrationBuilder.DropTable(
                name: "child_plan_records");

            migrationBuilder.DropTable(
                name: "custodies");
        }
    }
}
