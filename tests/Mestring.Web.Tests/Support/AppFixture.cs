using Mestring.TestSupport;

namespace Mestring.Web.Tests.Support;

/// <summary>The web app with demo data on a fresh database, shared by one test class.</summary>
public abstract class AppFixture(TestDb provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private MestringWebFactory? _factory;

    public MestringWebFactory Factory => _factory ?? throw new InvalidOperationException(TestEnvironment.PostgresSkipReason ?? "The fixture did not start.");

    public TestDb Provider => provider;

    public async Task InitializeAsync()
    {
        // A PostgreSQL fixture without a server stays idle: its tests are skipped by [PostgresFact].
        if (provider == TestDb.Postgres && TestEnvironment.PostgresSkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new MestringWebFactory(_database);
        _ = _factory.Server; // start the app: migrate and seed once for the class
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public Task<Api> As(string userName) => Api.LoginAsync(Factory, userName);

    public Api Anonymous() => new(Factory.CreateAnonymousClient());
}

public sealed class SqliteApp() : AppFixture(TestDb.Sqlite);

public sealed class PostgresApp() : AppFixture(TestDb.Postgres);
