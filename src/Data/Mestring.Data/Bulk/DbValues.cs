using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mestring.Data.Bulk;

/// <summary>Reads values the way each database stores them (SQLite keeps Guids, dates and decimals as text).</summary>
public static class DbValues
{
    public static Guid Guid(DbDataReader r, int i) =>
        r.GetFieldType(i) == typeof(string) ? System.Guid.Parse(r.GetString(i)) : r.GetGuid(i);

    public static Guid? NullableGuid(DbDataReader r, int i) => r.IsDBNull(i) ? null : Guid(r, i);

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly Date(DbDataReader r, int i) =>
        r.GetFieldType(i) == typeof(string)
            ? DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : r.GetFieldValue<DateOnly>(i);

    public static DateOnly? NullableDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : Date(r, i);

    public static int? NullableInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader r, int i) => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture);

    public static bool? NullableBool(DbDataReader r, int i) => r.IsDBNull(i) ? null : Bool(r, i);

    public static decimal? NullableDecimal(DbDataReader r, int i) => r.IsDBNull(i) ? null : Decimal(r, i);

    public static decimal Decimal(DbDataReader r, int i) => r.GetValue(i) switch
    {
        string s => decimal.Parse(s, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
        var v => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
    };

    /// <summary>A command in the current transaction with the municipality as <c>@m</c>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, Guid municipalityId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var p = command.CreateParameter();
        p.ParameterName = "m";
        p.Value = connection is SqliteConnection ? SqliteSink.ToSqlite(municipalityId) : municipalityId;
        command.Parameters.Add(p);
        return command;
    }

    /// <summary>ORDER BY text in the ordinal (byte) order the canonical writer uses.</summary>
    public static string Ordinal(DbConnection connection, string expression) =>
        connection is SqliteConnection ? expression : expression + " COLLATE \"C\"";
}
