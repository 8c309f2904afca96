using Mestring.Prevention.Population;

namespace Mestring.Application.Prevention;

/// <summary>A municipality's population as the screening engine reads it, with each person's area for aggregates.</summary>
/// <param name="Columns">The columns.</param>
/// <param name="AreaPerPerson">Citizen area per person index (<c>null</c> unknown).</param>
/// <param name="FirstYear">First register year held.</param>
/// <param name="LastYear">Last register year held.</param>
public sealed record LoadedPopulation(PopulationColumns Columns, IReadOnlyList<string?> AreaPerPerson, int FirstYear, int LastYear);

/// <summary>
/// Streams one municipality's citizens, household years, person years and events into a <see cref="PopulationBuilder"/>:
/// no tracking, projections only. Mother and father are mapped from citizen ids to pseudonymous person ids.
/// </summary>
public sealed class PopulationLoader(MestringDbContext db, Guid municipalityId)
{
    /// <summary>Loads the population; without register years the builder covers <paramref name="fallbackYear"/> only.</summary>
    public async Task<LoadedPopulation> LoadAsync(int fallbackYear, CancellationToken ct)
    {
        var (firstYear, lastYear) = await YearsAsync(fallbackYear, ct);
        var builder = new PopulationBuilder(firstYear, lastYear);

        var citizens = await db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == municipalityId)
            .Select(c => new { c.Id, c.PersonId, c.BirthDate, c.Sex, c.MotherId, c.FatherId, c.DeathDate, c.Area })
            .ToListAsync(ct);
        var personIds = new Dictionary<Guid, string>(citizens.Count);
        foreach (var c in citizens)
        {
            personIds.Add(c.Id, c.PersonId);
        }

        string? Parent(Guid? id) => id is { } g ? personIds.TryGetValue(g, out var p) ? p : null : null;
        var areas = new List<(int Index, string? Area)>(citizens.Count);
        foreach (var c in citizens)
        {
            var sex = c.Sex switch { 'F' => Sex.Female, 'M' => Sex.Male, _ => Sex.Unknown };
            var index = builder.AddPerson(c.PersonId, c.BirthDate, sex, Parent(c.MotherId), Parent(c.FatherId), c.DeathDate);
            areas.Add((index, c.Area));
        }
        citizens.Clear();

        await foreach (var h in db.Households.AsNoTracking().Where(h => h.MunicipalityId == municipalityId)
            .Select(h => new { h.CitizenId, h.Year, h.HouseholdId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            builder.AddHouseholdYear(PersonOf(personIds, h.CitizenId, "household_years"), h.Year, h.HouseholdId);
        }

        await foreach (var y in db.PersonYears.AsNoTracking().Where(y => y.MunicipalityId == municipalityId)
            .Select(y => new { y.CitizenId, y.Year, y.IncomeDkk, y.EducationIsced, y.Benefit }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!BenefitCodes.TryParse(y.Benefit, out var benefit))
            {
                throw new InvalidDataException($"person_years.Benefit '{y.Benefit}' is not a register code");
            }
            builder.AddPersonYear(PersonOf(personIds, y.CitizenId, "person_years"), y.Year, y.IncomeDkk, y.EducationIsced, benefit);
        }

        await foreach (var e in db.Events.AsNoTracking().Where(e => e.MunicipalityId == municipalityId)
            .Select(e => new { e.CitizenId, e.Date, e.Type, e.Quantity }).AsAsyncEnumerable().WithCancellation(ct))
        {
            builder.AddEvent(PersonOf(personIds, e.CitizenId, "events"), e.Date, e.Type, (double)e.Quantity);
        }

        var columns = builder.Build();
        var areaPerPerson = new string?[columns.PersonCount];
        foreach (var (index, area) in areas)
        {
            areaPerPerson[index] = area;
        }
        return new LoadedPopulation(columns, areaPerPerson, firstYear, lastYear);
    }

    private static string PersonOf(Dictionary<Guid, string> personIds, Guid citizenId, string table) =>
        personIds.TryGetValue(citizenId, out var p) ? p : throw new InvalidDataException($"{table} refers to citizen {citizenId} outside the municipality");

    private async Task<(int First, int Last)> YearsAsync(int fallbackYear, CancellationToken ct)
    {
        var households = db.Households.AsNoTracking().Where(h => h.MunicipalityId == municipalityId);
        var personYears = db.PersonYears.AsNoTracking().Where(y => y.MunicipalityId == municipalityId);
        int?[] firsts = [await households.MinAsync(h => (int?)h.Year, ct), await personYears.MinAsync(y => (int?)y.Year, ct)];
        int?[] lasts = [await households.MaxAsync(h => (int?)h.Year, ct), await personYears.MaxAsync(y => (int?)y.Year, ct)];
        var first = firsts.Min();
        var last = lasts.Max();
        return first is { } f && last is { } l ? (f, l) : (fallbackYear, fallbackYear);
    }
}
