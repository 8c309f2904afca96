using Mestring.Synthetic;

namespace Mestring.Application.Demo;

/// <summary>A generated citizen (and the team and provider around them) that a demo user is attached to.</summary>
internal sealed record DemoAttachment(Guid CitizenId, string CitizenName, Guid TeamId, Guid ProviderId);

/// <summary>
/// The demo municipality's population: a small calibrated municipality from the synthetic generator
/// (docs/synthetic-municipality.md), loaded through the same register import and operational-records paths as
/// <c>mestring seed</c>, so the evidence, prevention and investment pages have a real history to work on. The
/// hand-made storylines of <see cref="DemoWorld"/> live in the same municipality.
/// </summary>
internal static class DemoPopulation
{
    /// <summary>Small enough to seed in a second or two, large enough for the analyses to show something.</summary>
    public static readonly GeneratorOptions Options = new() { Inhabitants = 3_000, Years = 15, Seed = 1 };

    /// <summary>Which generated citizen the extra demo users (caseworker3, provider2, citizen2) are attached to.</summary>
    public const string AttachedRole = "adult-sel85-private";

    /// <summary>Generates and loads the population; returns the generated citizen the extra demo users are attached to.</summary>
    public static async Task<DemoAttachment?> LoadAsync(MestringDbContext db, Guid municipalityId, TimeProvider clock, CancellationToken ct)
    {
        var generated = SyntheticMunicipality.Generate(Options);
        SyntheticSeed.Load(db, municipalityId, generated, clock, new SystemActor("demo-seed"));
        db.ChangeTracker.Clear();

        var candidate = generated.DemoCandidates.FirstOrDefault(c => c.Role == AttachedRole)
            ?? generated.DemoCandidates.FirstOrDefault();
        if (candidate is null)
        {
            return null;
        }
        var citizen = await db.Citizens.AsNoTracking().SingleAsync(c => c.PersonId == candidate.PersonId, ct);
        var provider = await db.Interventions.AsNoTracking()
            .Where(i => i.CitizenId == citizen.Id && i.Status == InterventionStatus.Active)
            .OrderBy(i => i.Start).Select(i => (Guid?)i.ProviderId).FirstOrDefaultAsync(ct);
        return citizen.TeamId is { } team && provider is { } p && citizen.Name is { } name
            ? new DemoAttachment(citizen.Id, name, team, p)
            : null;
    }
}
