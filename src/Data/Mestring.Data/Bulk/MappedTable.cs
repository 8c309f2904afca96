using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Data.Bulk;

/// <summary>
/// An entity's table and column names as the EF model maps them, for the SQL the bulk path writes by hand (COPY,
/// upserts, follow-up statements, the export's ordered reads). Names come from the model so that renaming an entity
/// property or table breaks here (an unknown property throws) instead of silently writing to a stale column.
/// </summary>
public sealed class MappedTable
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _store;

    private MappedTable(IEntityType entity)
    {
        _entity = entity;
        Name = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} is not mapped to a table.");
        _store = StoreObjectIdentifier.Table(Name, entity.GetSchema());
    }

    /// <summary>The table of <typeparamref name="TEntity"/> (an owned type included) in <paramref name="model"/>.</summary>
    public static MappedTable Of<TEntity>(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entity = model.GetEntityTypes().SingleOrDefault(t => t.ClrType == typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of the model.");
        return new MappedTable(entity);
    }

    /// <summary>The table name, unquoted.</summary>
    public string Name { get; }

    /// <summary>The table name, quoted for SQL.</summary>
    public string Quoted => Q(Name);

    /// <summary>The quoted column of an entity property, e.g. <c>table[nameof(Citizen.PersonId)]</c>.</summary>
    public string this[string property] => Q(Column(property));

    /// <summary>The column name (unquoted) of an entity property.</summary>
    public string Column(string property) =>
        Property(property).GetColumnName(_store) ?? throw new InvalidOperationException($"{_entity.DisplayName()}.{property} has no column in {Name}.");

    /// <summary>The model's property; throws when the entity has none of that name.</summary>
    public IProperty Property(string property) =>
        _entity.FindProperty(property) ?? throw new InvalidOperationException($"{_entity.DisplayName()} has no mapped property '{property}'.");

    /// <summary>A column of this table as the bulk writers bind it.</summary>
    public BulkColumn BulkColumn(string property) => new(Column(property), KindOf(Property(property)));

    /// <summary>True when the properties are the entity's primary key, an alternate key or a unique index (an ON CONFLICT target).</summary>
    public bool IsUnique(IReadOnlyList<string> properties)
    {
        var props = properties.Select(Property).ToList();
        bool Same(IReadOnlyList<IProperty> other) => other.Count == props.Count && other.Zip(props).All(p => p.First == p.Second);
        return _entity.GetKeys().Any(k => Same(k.Properties)) || _entity.GetIndexes().Any(i => i.IsUnique && Same(i.Properties));
    }

    /// <summary>The names of the table's primary key and unique constraints (keys) in the model.</summary>
    public IReadOnlyList<string> ConstraintNames =>
        [.. _entity.GetKeys().Select(k => k.GetName(_store)).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The names of the table's other indexes in the model.</summary>
    public IReadOnlyList<string> IndexNames =>
        [.. _entity.GetIndexes().Select(i => i.GetDatabaseName(_store)).OfType<string>().Order(StringComparer.Ordinal)];

    public static string Q(string name) => "\"" + name + "\"";

    /// <summary>How a property's values are bound: by its stored type (an enum by its converter's provider type).</summary>
    internal static ColumnKind KindOf(IProperty property)
    {
        if (property.IsPrimitiveCollection)
        {
            var element = property.GetElementType()?.ClrType;
            return element == typeof(Guid) ? ColumnKind.UuidList
                : element == typeof(string) ? ColumnKind.TextList
                : throw new NotSupportedException($"No bulk column kind for a list of {element?.Name}.");
        }
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type.IsEnum)
        {
            type = property.GetTypeMapping().Converter?.ProviderClrType ?? Enum.GetUnderlyingType(type);
        }
        return type switch
        {
            _ when type == typeof(Guid) => ColumnKind.Uuid,
            _ when type == typeof(string) || type == typeof(char) => ColumnKind.Text,
            _ when type == typeof(DateOnly) => ColumnKind.Date,
            _ when type == typeof(int) => ColumnKind.Int,
            _ when type == typeof(decimal) => ColumnKind.Numeric,
            _ when type == typeof(bool) => ColumnKind.Bool,
            _ when type == typeof(DateTimeOffset) => ColumnKind.Timestamp,
            _ => throw new NotSupportedException($"No bulk column kind for {property.DeclaringType.DisplayName()}.{property.Name} ({type.Name})."),
        };
    }
}
