using System.Data.Common;
using Mestring.Data.Bulk;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mestring.Application.Registers;

/// <summary>Reads rows of one municipality (<c>@m</c> in the SQL) past the change tracker, in the current transaction if any.</summary>
internal static class MunicipalityRows
{
    /// <summary><c>SELECT</c> the columns of <paramref name="properties"/> <c>FROM</c> the table <c>WHERE</c> its municipality is <c>@m</c>.</summary>
    public static string Select(MappedTable table, params string[] properties) =>
        $"SELECT {string.Join(", ", properties.Select(p => table[p]))} FROM {table.Quoted} WHERE {table[nameof(Domain.Common.ITenantOwned.MunicipalityId)]} = @m";

    public static void Read(MestringDbContext db, Guid municipalityId, string sql, Action<DbDataReader> row)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = DbValues.Command(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, municipalityId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
