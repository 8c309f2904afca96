using Mestring.Domain.Children;
using Mestring.Domain.FollowUps;
using Mestring.Registers.Operational;
using Mestring.Terminology;

namespace Mestring.Application.Registers;

/// <summary>
/// Turns the generated children's casework (<see cref="ChildCase"/>) into the domain's notifications, §20 investigations,
/// decisions, plan records and the first §95 follow-up, through the domain's constructors, for children whose plan is
/// written in the same load (docs/children.md). Added to the importer's unit of work, audited as part of its bulk entry.
/// </summary>
internal static class OperationalChildCases
{
    public static readonly IReadOnlyList<Type> Entities = [typeof(ChildNotification), typeof(ChildInvestigation), typeof(ChildDecision), typeof(ChildPlanRecord), typeof(FollowUp)];

    private static readonly string[] Findings = ["health", "safe-care", "family-background"];

    /// <summary>Adds the cases; returns how many children's cases were written.</summary>
    public static int Add(MestringDbContext db, Guid municipalityId, IReadOnlyList<ChildCase> cases, Func<string, (Guid CitizenId, Guid PlanId)?> planOf,
        Func<string, Guid?> interventionOf, string author)
    {
        var count = 0;
        foreach (var c in cases)
        {
            if (planOf(c.PersonId) is not var (citizenId, planId))
            {
                continue;
            }
            var notifications = c.Notifications.Select(n =>
            {
                var row = new ChildNotification(municipalityId, citizenId, n.ReceivedAt, n.Professional ? NotifierKind.Professional : NotifierKind.Private,
                    n.Anonymous, n.Anonymous ? null : n.Professional ? $"Fagperson ({n.Role})" : "Privatperson", null, n.Role,
                    "Bekymring for barnets trivsel.", author);
                if (n.AssessedAt is { } at)
                {
                    row.Assess(n.AcuteDanger, n.AcuteDanger ? "Akut fare: barnet sikres straks." : "Ingen akut fare; sagen undersøges.", author, at);
                }
                if (n.Professional && n.AssessedAt is { } ack)
                {
                    row.Acknowledge(ack);
                }
                return row;
            }).ToList();
            db.ChildNotifications.AddRange(notifications);

            var i = c.Investigation;
            var investigation = new ChildInvestigation(municipalityId, citizenId, InvestigationKind.Undersoegelse, InvestigationSource.Notification,
                notifications[0].Id, notifications[0].ReceivedAt, i.StartedAt, author, "Underretning");
            foreach (var theme in Findings)
            {
                investigation.RecordFinding(theme, "Ressourcer beskrevet i undersøgelsen.", "Bekymring beskrevet i undersøgelsen.");
            }
            if (i.PreliminaryAt is { } p)
            {
                investigation.RecordPreliminary("Foreløbig vurdering efter 4 måneder.", p);
            }
            if (i.CompletedAt is { } done)
            {
                investigation.Complete("Undersøgelsen er afsluttet.", done);
            }
            db.ChildInvestigations.Add(investigation);

            var d = c.Decision;
            var guidance = Children.ChildDecisionService.StandardComplaintGuidance;
            var decision = d.Section switch
            {
                "BL-32" => ChildDecision.SupportMeasure(municipalityId, citizenId, ChildDecisionNames.ParseSupportType(d.SupportType) ?? SupportType.Other,
                    "Støtte efter den børnefaglige undersøgelse.", d.ExpectedMonths, true, investigation.Id, "Barnets Lov §32", guidance, author, d.DecidedAt, d.StartsAt),
                "BL-46" => ChildDecision.PlacementWithConsent(municipalityId, citizenId, "Anbringelse uden for hjemmet.", d.ExpectedMonths, true,
                    investigation, "Barnets Lov §46", guidance, author, d.DecidedAt, d.StartsAt),
                _ => Committee(municipalityId, citizenId, d, investigation, guidance, author),
            };
            if (d.EndedAt is { } ended && ended >= d.StartsAt)
            {
                decision.End(ended);
            }
            if (interventionOf(d.ServiceId) is { } intervention)
            {
                decision.AddIntervention(intervention);
            }
            db.ChildDecisions.Add(decision);

            void Record(ChildPlanKind kind, DateTimeOffset? at, TransitionTarget? target)
            {
                if (at is { } t)
                {
                    db.ChildPlanRecords.Add(new ChildPlanRecord(municipalityId, citizenId, kind, 1, t, author, PlainText(kind), null, null,
                        kind == ChildPlanKind.ChildPlan ? decision.Id : null, target));
                }
            }
            Record(ChildPlanKind.ChildPlan, c.PlanAt, null);
            Record(ChildPlanKind.YouthPlan, c.YouthPlanAt, null);
            Record(ChildPlanKind.Transition, c.TransitionAt, TransitionTarget.YouthSupport);
            if (c.FirstFollowUpAt is { } f)
            {
                var followUp = new FollowUp(municipalityId, citizenId, planId, interventionOf(d.ServiceId), DateOnly.FromDateTime(f.UtcDateTime));
                followUp.Complete(FollowUpDecisionKind.Continue, "Første opfølgning (Barnets Lov §95).", null, null, author, f);
                db.FollowUps.Add(followUp);
            }
            count++;
        }
        return count;
    }

    private static ChildDecision Committee(Guid municipalityId, Guid citizenId, ChildCaseDecision d, ChildInvestigation investigation, string guidance, string author)
    {
        var decision = ChildDecision.PreparePlacementWithoutConsent(municipalityId, citizenId, "Anbringelse uden samtykke.", d.ExpectedMonths,
            investigation, "Barnets Lov §47", guidance, author, d.PreparedAt ?? d.DecidedAt, d.DecidedAt);
        decision.RecordCommittee(CommitteeOutcome.Approved, d.DecidedAt, d.StartsAt);
        return decision;
    }

    private static string PlainText(ChildPlanKind kind) => kind switch
    {
        ChildPlanKind.ChildPlan => "Din plan: det, vi sammen arbejder hen imod, og hvem der hjælper dig.",
        ChildPlanKind.YouthPlan => "Din ungeplan: skole, uddannelse og fritid, når du bliver 16.",
        _ => "Din plan, når du bliver 18: støtten fortsætter som ungestøtte, og dine mål følger med.",
    };
}
