using Mestring.Domain.Consents;
using Mestring.Domain.Organisation;

namespace Mestring.Application.Consents;

public sealed record ConsentDto(Guid Id, string Purpose, string Recipient, DateTimeOffset GivenAt, DateTimeOffset? ExpiresAt, DateTimeOffset? WithdrawnAt, string State);

public sealed record ConsentRequest(string Purpose, string Recipient, DateTimeOffset? ExpiresAt);

/// <summary>The citizen grants and withdraws consent; the caseworker sees what is in force.</summary>
public sealed class ConsentService(MestringDbContext db, CitizenAccess access, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ConsentDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var opened = await access.OpenAsync(citizenId, "consent", ct, v => v.SeesConsents);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var now = clock.GetUtcNow();
        var list = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        return list.OrderByDescending(c => c.GivenAt)
            .Select(c => new ConsentDto(c.Id, c.Purpose, c.Recipient, c.GivenAt, c.ExpiresAt, c.WithdrawnAt, c.StateAt(now).ToString())).ToList();
    }

    public async Task<Result<Guid>> GiveAsync(ConsentRequest request, CancellationToken ct)
    {
        if (user.CitizenId is not { } citizenId)
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenForWriteAsync(citizenId, Roles.Citizen, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var consent = new Consent(opened.Value.MunicipalityId, citizenId, request.Purpose, request.Recipient, clock.GetUtcNow(), request.ExpiresAt);
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent.Id;
    }

    public async Task<Result> WithdrawAsync(Guid consentId, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, ct);
        if (consent is null || user.CitizenId != consent.CitizenId)
        {
            return Error.NotFound("consent");
        }
        var opened = await access.OpenForWriteAsync(consent.CitizenId, Roles.Citizen, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        consent.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }
}
