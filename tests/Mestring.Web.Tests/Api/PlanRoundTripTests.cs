using System.Data.Common;
using Mestring.TestSupport;
using Mestring.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Web.Tests.Api;

/// <summary>Counts the database commands the app sends (all of them: the test reads the difference around one request).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The web app with a <see cref="CommandCounter"/> on every DbContext.</summary>
public sealed class CountingApp : IAsyncLifetime
{
    private TestDatabase? _database;

    public CountingFactory Factory { get; private set; } = null!;

    public CommandCounter Counter { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDb.Sqlite);
        Factory = new CountingFactory(_database, Counter);
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database!.DisposeAsync();
    }

    public Task<Support.Api> As(string userName) => Support.Api.LoginAsync(Factory, userName);
}

public sealed class CountingFactory(TestDatabase database, CommandCounter counter) : MestringWebFactory(database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.ConfigureDbContext<Mestring.Data.MestringDbContext>(o => o.AddInterceptors(counter)));
    }
}

/// <summary>Reading a plan costs a handful of database round trips, whatever the plan holds (no query per goal, per intervention or per relation).</summary>
public sealed class PlanRoundTripTests(CountingApp app) : IClassFixture<CountingApp>
{
    // Before: 11 for a caseworker (a query per relation, per part of the plan, per provider name). Now: open the citizen
    // (citizen + relations), audit the read, the plan with goals and sections, the interventions with
    // provider names, and ratings + assessments + consents + network; plus one for the session check (issue 16: the
    // login's security stamp is read on every request, so that logout or deactivation ends a session at once).
    private const int Ceiling = 6;

    [Fact]
    public async Task Reading_the_plan_takes_a_few_round_trips_for_every_role()
    {
        using var caseworker = await app.As(DemoUsers.Caseworker1);
        var citizenId = await DemoFacts.CitizenIdAsync(caseworker, DemoFacts.Citizen1Name);
        var goalId = (await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/plan/goals", DemoFacts.Goal())).Str("id");
        var providerId = await DemoFacts.ProviderIdAsync(caseworker, DemoFacts.Provider1Name);
        await caseworker.PostAsync($"/api/v1/citizens/{citizenId}/interventions", DemoFacts.Order(providerId, goalId));
        using var provider = await app.As(DemoUsers.Provider1);
        using var citizen = await app.As(DemoUsers.Citizen1);

        foreach (var api in new[] { caseworker, provider, citizen })
        {
            var before = app.Counter.Count;
            var plan = await api.GetAsync($"/api/v1/citizens/{citizenId}/plan");
            var commands = app.Counter.Count - before;
            Assert.NotEmpty(plan.Arr("goals"));
            Assert.InRange(commands, 1, Ceiling);
        }
    }
}
