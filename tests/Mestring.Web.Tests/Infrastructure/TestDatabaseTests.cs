using Mestring.TestSupport;
using Npgsql;

namespace Mestring.Web.Tests.Infrastructure;

/// <summary>Self-tests of the shared test infrastructure: throw-away databases.</summary>
public sealed class TestDatabaseTests
{
    [PostgresFact]
    public async Task Postgres_database_is_created_usable_and_dropped()
    {
        string name;
        await using (var database = await TestDatabase.CreateAsync(TestDb.Postgres))
        {
            name = database.Name;
            Assert.StartsWith("mestring_test_", name, StringComparison.Ordinal);
            Assert.Equal("postgres", database.ProviderSetting);

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand("CREATE TABLE probe (id int); INSERT INTO probe VALUES (42);", connection))
            {
                await create.ExecuteNonQueryAsync();
            }
            await using (var read = new NpgsqlCommand("SELECT id FROM probe", connection))
            {
                Assert.Equal(42, await read.ExecuteScalarAsync());
            }
            await using var who = new NpgsqlCommand("SELECT current_database(), rolsuper FROM pg_roles WHERE rolname = current_user", connection);
            await using var reader = await who.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(name, reader.GetString(0));
            // The default role of the tests is not a superuser, so that the audit log's protections are real.
            if (new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString).Username == "mestring")
            {
                Assert.False(reader.GetBoolean(1));
            }
            // The connection stays open: dispose must drop the database all the same (WITH (FORCE)).
        }

        Assert.False(await PostgresDatabaseExistsAsync(name));
    }

    [Fact]
    public async Task Sqlite_database_is_a_fresh_temp_file_removed_on_dispose()
    {
        string file;
        await using (var database = await TestDatabase.CreateAsync(TestDb.Sqlite))
        {
            file = database.Name;
            Assert.Equal("sqlite", database.ProviderSetting);
            Assert.Equal($"Data Source={file}", database.ConnectionString);
            Assert.False(File.Exists(file));
            await File.WriteAllTextAsync(file, "x");
        }
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Two_databases_never_share_a_name()
    {
        await using var a = await TestDatabase.CreateAsync(TestDb.Sqlite);
        await using var b = await TestDatabase.CreateAsync(TestDb.Sqlite);
        Assert.NotEqual(a.ConnectionString, b.ConnectionString);
    }

    [Theory]
    [TestDbData(TestDb.Sqlite)]
    [TestDbData(TestDb.Postgres)]
    public async Task TestDbData_gives_one_row_per_database(TestDb provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(provider, database.Provider);
    }

    private static async Task<bool> PostgresDatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresMaintenanceConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
