using Mestring.Application.Prevention;
using Mestring.Domain.Children;

namespace Mestring.Application.Children;

/// <summary>
/// Opens a §19 afdækning for a child on the caseworker's early-detection worklist: one decision by a human, with a
/// written reason; the screening (level and factors present) is the investigation's recorded reason. The child must be
/// on the caller's worklist (checked and the read audited there); a child without a case is taken into the caller's
/// team; the write is audited by the interceptor with the reason.
/// </summary>
public sealed class ScreeningAfdaekning(MestringDbContext db, PreventionWorklist worklist, ICurrentUser user, TimeProvider clock)
{
    public const int ReasonMaxLength = 2000;

    public async Task<Result<Guid>> OpenAsync(Guid citizenId, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("reason", "Skriv en begrundelse for at åbne en afdækning.");
        }
        if (reason.Length > ReasonMaxLength)
        {
            return Error.Invalid("reason", $"Begrundelsen må højst være {ReasonMaxLength} tegn.");
        }
        var person = await worklist.PersonAsync(citizenId, ct);
        if (!person.IsSuccess)
        {
            return person.Error;
        }
        var child = await db.Citizens.FirstAsync(c => c.Id == citizenId, ct);
        if (child.AgeOn(clock.TodayInDenmark()) > 17)
        {
            return Error.Conflict("children.not-a-child", "Barnet er fyldt 18; en afdækning efter barnets lov er for børn og unge.", "citizenId");
        }
        if (child.TeamId is null)
        {
            child.AssignTo(user.UserId, user.TeamId);
        }
        else if (child.TeamId != user.TeamId && child.CaseworkerId != user.UserId)
        {
            return Error.Conflict("children.other-team", "Barnet har allerede en sag i et andet team. Kontakt teamet.", "citizenId");
        }
        if (await db.ChildInvestigations.AnyAsync(i => i.CitizenId == citizenId && i.Kind == InvestigationKind.Afdaekning && i.CompletedAt == null, ct))
        {
            return Error.Conflict("children.afdaekning-open", "Der er allerede en åben afdækning for barnet.", "citizenId");
        }
        var p = person.Value;
        var present = p.Factors.Where(f => f.Status == "present").Select(f => f.Name).ToList();
        var why = $"Tidlig opsporing: niveau {p.Tier}, {p.Score} forhold ({string.Join(", ", present)}). Begrundelse: {reason.Trim()}";
        var now = clock.GetUtcNow();
        var investigation = new ChildInvestigation(child.MunicipalityId, citizenId, InvestigationKind.Afdaekning, InvestigationSource.Screening, null,
            now, now, user.DisplayName, why);
        db.ChildInvestigations.Add(investigation);
        user.Reason = "§19 afdækning fra tidlig opsporing";
        await db.SaveChangesAsync(ct);
        return investigation.Id;
    }
}
