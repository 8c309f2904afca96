using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mestring.Data.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The audit log is append-only for every role, the application's own included: privileges to change it are
    /// revoked and a trigger refuses UPDATE, DELETE and TRUNCATE even for the table's owner.
    /// </summary>
    public partial class AuditLogAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mestring_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION mestring_audit_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION mestring_audit_append_only();
                """);
            migrationBuilder.Sql("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC;");
            migrationBuilder.Sql("DO $$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM %I', current_user); END $$;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS mestring_audit_append_only();");
        }
    }
}
