namespace Mestring.Application.Registers;

/// <summary>The two properties every bulk-loaded entity has (its id, its municipality), by name for <see cref="Data.Bulk.MappedTable"/>.</summary>
internal static class EntityColumns
{
    public const string Id = nameof(TenantEntity.Id);
    public const string Municipality = nameof(ITenantOwned.MunicipalityId);
}
