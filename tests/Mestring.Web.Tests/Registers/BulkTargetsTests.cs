using Mestring.Application.Registers;
using Mestring.Data.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Web.Tests.Registers;

/// <summary>
/// The bulk path writes SQL by hand (COPY, upserts, follow-up statements): its tables, columns and upsert keys come from
/// the EF model, so that a renamed property or table fails here rather than in a production import. Both providers'
/// models are built without a server.
/// </summary>
public sealed class BulkTargetsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=model_only")]
    public void EveryBulkTableAndColumn_IsInTheRelationalModel(DatabaseProvider provider, string connectionString)
    {
        using var db = MestringDbContextFactory.Create(new DatabaseSettings(provider, connectionString));
        var relational = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var targets = RegisterBulkTargets.All(db.Model);
        Assert.Equal(15, targets.Count);
        foreach (var target in targets)
        {
            var table = relational.FindTable(target.Table, null);
            Assert.True(table is not null, $"table {target.Table}");
            foreach (var column in target.Columns.Select(c => c.Name).Concat(target.Key).Concat(target.Update))
            {
                Assert.True(table.FindColumn(column) is not null, $"{target.Table}.{column}");
            }
            if (target.Key.Count > 0)
            {
                // The ON CONFLICT target is a key or a unique index of the table.
                Assert.True(
                    table.UniqueConstraints.Any(u => u.Columns.Select(c => c.Name).SequenceEqual(target.Key)) ||
                    table.Indexes.Any(i => i.IsUnique && i.Columns.Select(c => c.Name).SequenceEqual(target.Key)),
                    $"{target.Table} ({string.Join(", ", target.Key)})");
            }
        }
    }
}
