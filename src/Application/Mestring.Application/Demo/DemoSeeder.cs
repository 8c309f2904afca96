using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Mestring.Application.Demo;

/// <summary>
/// Seeds "Demo Kommune" with citizens, providers, plans and the demo users. The host decides when (the web: only into
/// an empty database, in Development or with Demo:Enabled=true, never silently in Production).
/// </summary>
public sealed class DemoSeeder(DatabaseSettings settings, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Mestring-demo-1";

    /// <summary>Seeds the demo municipality, its storylines dated around <paramref name="today"/> (the Danish calendar day).</summary>
    public async Task SeedAsync(DateOnly today, CancellationToken ct)
    {
        // The seed runs as the system: it writes every municipality-owned row and is audited as "demo-seed".
        await using var db = MestringDbContextFactory.Create(settings, actor: new SystemActor("demo-seed"), clock: clock);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var world = new DemoWorld(db, today);
        await world.BuildAsync(ct);
        AddUsers(db, world);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // The population around the storylines comes from the synthetic generator; three more demo users are
        // attached to one of its citizens so that the generated part can be walked through as well.
        await using var population = MestringDbContextFactory.Create(settings, actor: new SystemActor("demo-seed"), clock: clock);
        var attached = await DemoPopulation.LoadAsync(population, world.Municipality.Id, clock, ct);
        if (attached is not null)
        {
            var hasher = new PasswordHasher<AppUser>();
            population.Users.AddRange(
                NewUser(hasher, world, DemoWorld.Caseworker3, "Karin Poulsen", Roles.Caseworker, team: attached.TeamId),
                NewUser(hasher, world, "provider2", "Ali Yilmaz", Roles.Provider, provider: attached.ProviderId),
                NewUser(hasher, world, "citizen2", attached.CitizenName, Roles.Citizen, citizen: attached.CitizenId));
            await population.SaveChangesAsync(ct);
        }
        logger.LogInformation("Seeded the demo municipality: {Citizens} hand-made citizens and a generated population of {Inhabitants} inhabitants",
            world.CitizenCount, DemoPopulation.Options.Inhabitants);
    }

    private static void AddUsers(MestringDbContext db, DemoWorld world)
    {
        var hasher = new PasswordHasher<AppUser>();
        void Add(string userName, string displayName, string role, Guid? team = null, Guid? provider = null, Guid? citizen = null) =>
            db.Users.Add(NewUser(hasher, world, userName, displayName, role, team, provider, citizen));
        Add(DemoWorld.Caseworker1, DemoWorld.Caseworker1Name, Roles.Caseworker, team: world.TeamNorth.Id);
        Add(DemoWorld.Caseworker2, DemoWorld.Caseworker2Name, Roles.Caseworker, team: world.TeamSouth.Id);
        Add("provider1", DemoWorld.Provider1StaffName, Roles.Provider, provider: world.Provider1.Id);
        Add("citizen1", world.Citizen1.Name!, Roles.Citizen, citizen: world.Citizen1.Id);
        Add("manager1", "Lene Mikkelsen", Roles.Manager);
        Add("tilsyn1", "Tove Nørgaard", Roles.Supervision);
        Add("admin", "Anders Lund", Roles.Admin);
        Add("auditor1", "Susanne Krogh", Roles.Auditor);
        var parent = NewUser(hasher, world, "parent1", "Camilla Berg", Roles.Parent);
        db.Users.Add(parent);
        db.Custodies.Add(new Mestring.Domain.Children.Custody(world.Municipality.Id, world.Child.Id, parent.Id, world.Child.BirthDate));
        Add("child1", world.Child.Name!, Roles.Citizen, citizen: world.Child.Id);
    }

    private static AppUser NewUser(PasswordHasher<AppUser> hasher, DemoWorld world, string userName, string displayName, string role,
        Guid? team = null, Guid? provider = null, Guid? citizen = null)
    {
        var user = new AppUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = $"{userName}@demo.mestring.dk",
            NormalizedEmail = $"{userName}@demo.mestring.dk".ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = displayName,
            Role = role,
            MunicipalityId = world.Municipality.Id,
            TeamId = team,
            ProviderId = provider,
            CitizenId = citizen,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        user.PasswordHash = hasher.HashPassword(user, DemoPassword);
        return user;
    }
}
