using Mestring.Data.Auditing;
using Mestring.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Data.Database;

/// <summary>Builds a context outside dependency injection: for the CLI and the design-time tools.</summary>
public static class MestringDbContextFactory
{
    public static MestringDbContext Create(DatabaseSettings settings, ITenantContext? tenant = null, IAuditActor? actor = null, TimeProvider? clock = null)
    {
        var builder = new DbContextOptionsBuilder<MestringDbContext>();
        MestringDatabase.Configure(builder, settings);
        builder.AddInterceptors(new AuditInterceptor(actor ?? new SystemActor(), clock ?? TimeProvider.System), new Steering.SteeringDirtyInterceptor());
        return new MestringDbContext(builder.Options, tenant ?? new SystemTenantContext());
    }
}
