using Mestring.Domain.Consents;
using Mestring.Fhir;

namespace Mestring.Application.Reporting;

/// <summary>
/// The citizen's plan as FHIR (CarePlan, Goal, Observation) for exchange with health: read-only, only for those who see
/// the whole plan, and only while the citizen's consent to share is in force — for the named recipient when one is
/// given, else any consent in force. Opening the citizen audits the read; a refusal for want of consent is audited too.
/// </summary>
public sealed class PlanFhirQueries(MestringDbContext db, CitizenAccess access, Mestring.Data.Auditing.AuditTrail audit, TimeProvider clock)
{
    public const string Resource = "plan-fhir";

    public async Task<Result<string>> GetAsync(Guid citizenId, string? recipient, CancellationToken ct)
    {
        var opened = await access.OpenAsync(citizenId, Resource, ct, v => v.SeesSections && v.SeesAssessments);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(c => c.CitizenId == citizenId).ToListAsync(ct);
        var consented = string.IsNullOrWhiteSpace(recipient)
            ? consents.Any(c => c.StateAt(now) == ConsentState.Given)
            : ConsentRule.MayShare(consents, recipient.Trim(), now);
        if (!consented)
        {
            await audit.RecordAsync(Mestring.Domain.Audit.AuditActions.Denied, Resource, citizenId, "no consent in force", ct: ct);
            return Error.Forbidden("consent.missing", "The citizen has not consented to sharing the plan with this recipient.");
        }
        var plan = await db.Plans.AsNoTracking().Include(p => p.Goals).FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        if (plan is null)
        {
            return Error.NotFound("plan");
        }
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CitizenId == citizenId).ToListAsync(ct);
        var interventions = await db.Interventions.AsNoTracking().Where(i => i.CitizenId == citizenId).ToListAsync(ct);
        var bundle = PlanFhirBuilder.Build(opened.Value.Citizen, plan, plan.Goals, assessments, interventions, now);
        return FhirJson.Serialize(bundle);
    }
}
