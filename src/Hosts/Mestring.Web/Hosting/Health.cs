using Mestring.Data;
using Mestring.Data.Database;

namespace Mestring.Web.Hosting;

internal static class Health
{
    /// <summary><c>GET /health</c>: 200 when the database answers, 503 when not.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (MestringDbContext db, CancellationToken ct) =>
                await DatabaseMigrator.CanConnectAsync(db, ct)
                    ? Results.Ok(new { status = "healthy" })
                    : Results.Json(new { status = "unhealthy", reason = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithTags("Health")
            .ExcludeFromDescription();
}
