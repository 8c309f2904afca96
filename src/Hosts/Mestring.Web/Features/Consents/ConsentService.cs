using Mestring.Data;
using Mestring.Domain.Access;
using Mestring.Domain.Consents;
using Mestring.Domain.Organisation;
using Mestring.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Features.Consents;

public sealed record ConsentDto(Guid Id, string Purpose, string Recipient, DateTimeOffset GivenAt, DateTimeOffset? ExpiresAt, DateTimeOffset? WithdrawnAt, string State);

public sealed record ConsentRequest(string Purpose, string Recipient, DateTimeOffset? ExpiresAt);

/// <summary>The citizen grants and withdraws consent; the caseworker sees what is in force.</summary>
public sealed class ConsentService(MestringDbContext db, CitizenAccess access, CurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConsentDto>?> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var (citizen, basis) = await access.OpenWithBasisAsync(citizenId, "consent", ct);
        if (citizen is null || basis is AccessBasis.ActiveOrder or AccessBasis.SharedTask)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var list = await db.Consents.Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        return [.. list.OrderByDescending(c => c.GivenAt).Select(c => new ConsentDto(c.Id, c.Purpose, c.Recipient, c.GivenAt, c.ExpiresAt, c.WithdrawnAt, c.StateAt(now).ToString()))];
    }

    public async Task<Guid?> GiveAsync(ConsentRequest request, CancellationToken ct)
    {
        if (user.Role != Roles.Citizen || user.CitizenId is not { } citizenId || await access.OpenForWriteAsync(citizenId, ct) is not { } citizen)
        {
            return null;
        }
        var consent = new Consent(citizen.MunicipalityId, citizenId, request.Purpose, request.Recipient, clock.GetUtcNow(), request.ExpiresAt);
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent.Id;
    }

    public async Task<bool> WithdrawAsync(Guid consentId, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, ct);
        if (consent is null || user.Role != Roles.Citizen || user.CitizenId != consent.CitizenId || await access.OpenForWriteAsync(consent.CitizenId, ct) is null)
        {
            return false;
        }
        consent.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
