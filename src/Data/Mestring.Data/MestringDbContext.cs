using System.Linq.Expressions;
using Mestring.Data.Identity;
using Mestring.Data.Tenancy;
using Mestring.Domain.Access;
using Mestring.Domain.Assessments;
using Mestring.Domain.Audit;
using Mestring.Domain.Children;
using Mestring.Domain.Citizens;
using Mestring.Domain.Common;
using Mestring.Domain.Consents;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Investments;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.Domain.Prevention;
using Mestring.Domain.Providers;
using Mestring.Domain.Registers;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mestring.Data;

/// <summary>
/// The one DbContext. Every tenant-owned entity is filtered by the current municipality, so a user of one
/// municipality never sees another's rows.
/// </summary>
public sealed class MestringDbContext(DbContextOptions<MestringDbContext> options, ITenantContext tenant)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<HouseholdMembership> Households => Set<HouseholdMembership>();
    public DbSet<PersonYear> PersonYears => Set<PersonYear>();
    public DbSet<CitizenEvent> Events => Set<CitizenEvent>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<NetworkContribution> NetworkContributions => Set<NetworkContribution>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<ProgressRating> ProgressRatings => Set<ProgressRating>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SavedInvestmentCase> InvestmentCases => Set<SavedInvestmentCase>();
    public DbSet<InvestmentCatalogueCopy> InvestmentCatalogues => Set<InvestmentCatalogueCopy>();
    public DbSet<PreventionSettings> PreventionSettings => Set<PreventionSettings>();
    public DbSet<PreventionDecision> PreventionDecisions => Set<PreventionDecision>();
    public DbSet<TeamArea> TeamAreas => Set<TeamArea>();
    public DbSet<ChildNotification> ChildNotifications => Set<ChildNotification>();
    public DbSet<ChildInvestigation> ChildInvestigations => Set<ChildInvestigation>();
    public DbSet<ChildDecision> ChildDecisions => Set<ChildDecision>();
    public DbSet<ChildPlanRecord> ChildPlanRecords => Set<ChildPlanRecord>();
    public DbSet<Custody> Custodies => Set<Custody>();
    public DbSet<Mestring.Domain.Reporting.ReportRecord> ReportRecords => Set<Mestring.Domain.Reporting.ReportRecord>();
    public DbSet<Mestring.Domain.Reporting.ImportedAggregate> ImportedAggregates => Set<Mestring.Domain.Reporting.ImportedAggregate>();

    /// <summary>Null for the system (CLI), otherwise the signed-in user's municipality.</summary>
    public Guid? CurrentMunicipalityId => tenant.MunicipalityId;

    public bool IsSystemContext => tenant.IsSystem;

    /// <summary>
    /// Resources whose writes in this unit of work are audited as one bulk-load entry (<see cref="Auditing.AuditTrail.AddBulkLoad"/>);
    /// emptied when the unit of work is saved or fails.
    /// </summary>
    internal HashSet<string> BulkAudited { get; } = new(StringComparer.Ordinal);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MestringDbContext).Assembly);
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            // Ids are made by the domain (Guid v7), so a new child added to a loaded aggregate is an insert, not an update.
            if (entityType.FindPrimaryKey() is { Properties: [{ ClrType: var keyType } key] } && keyType == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
        }
        if (Database.IsSqlite())
        {
            UseSortableTimesOnSqlite(builder);
        }
        else
        {
            UseUtcTimes(builder);
        }
    }

    // PostgreSQL's timestamptz takes only UTC values; a time shown in Danish time (+01:00/+02:00) is the same instant.
    private static void UseUtcTimes(ModelBuilder builder)
    {
        var converter = new ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
            {
                property.SetValueConverter(converter);
            }
        }
    }

    // e => IsSystemContext || e.MunicipalityId == CurrentMunicipalityId, bound to this context instance.
    private LambdaExpression TenantFilter(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var context = Expression.Constant(this);
        var isSystem = Expression.Property(context, nameof(IsSystemContext));
        var municipality = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.MunicipalityId)), typeof(Guid?));
        var current = Expression.Property(context, nameof(CurrentMunicipalityId));
        return Expression.Lambda(Expression.OrElse(isSystem, Expression.Equal(municipality, current)), entity);
    }

    // SQLite has no native time-with-offset type; store UTC ticks so that times sort and compare in SQL.
    private static void UseSortableTimesOnSqlite(ModelBuilder builder)
    {
        var converter = new DateTimeOffsetToBinaryConverter();
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
            {
                property.SetValueConverter(converter);
            }
        }
    }
}
