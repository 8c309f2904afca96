using Mestring.Domain.Children;
using Mestring.Domain.Citizens;

namespace Mestring.Application.Demo;

/// <summary>
/// The demo's children's case (Noah Berg): a school's notification assessed within 24 hours, the §20 investigation on
/// the ICS triangle with Noah's own words, a §32 family treatment with the mother's consent and barnets plan; a recent
/// anonymous notification not yet assessed, so the team's deadline worklist has something overdue.
/// </summary>
internal static class DemoChildren
{
    public static void Add(MestringDbContext db, Guid municipalityId, Citizen child, DateOnly today)
    {
        DateTimeOffset At(int daysAgo, int hour) => DanishCalendar.AtDanishTime(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0)));
        var school = new ChildNotification(municipalityId, child.Id, At(150, 14), NotifierKind.Professional, false, "Birgitte Lærer",
            "skolen@demo.dk", "Skole", "Noah kommer ofte for sent og virker træt; han fortæller, at der er uro derhjemme om natten.", DemoWorld.Caseworker2Name);
        school.Assess(false, "Ingen akut fare. Skolen og mor kontaktes; børnefaglig undersøgelse indledes.", DemoWorld.Caseworker2Name, At(149, 10));
        school.Acknowledge(At(149, 11));
        var anonymous = new ChildNotification(municipalityId, child.Id, At(2, 16), NotifierKind.Private, true, null, null, null,
            "En nabo er bekymret for råb fra lejligheden sent om aftenen.", DemoWorld.Caseworker2Name);
        db.ChildNotifications.AddRange(school, anonymous);

        var investigation = new ChildInvestigation(municipalityId, child.Id, InvestigationKind.Undersoegelse, InvestigationSource.Notification,
            school.Id, school.ReceivedAt, At(145, 9), DemoWorld.Caseworker2Name, "Underretning fra skolen om fravær og træthed.");
        investigation.RecordFinding("daycare-school-learning", "Glad for sin klasse og sin lærer.", "Meget fravær om morgenen.");
        investigation.RecordFinding("safe-care", "Mor er kærlig og søger selv hjælp.", "Uro om natten; mor er alene og udmattet.");
        investigation.RecordFinding("social-network", "Mormor bor tæt på og vil gerne hjælpe.", null);
        investigation.RecordChildView("Jeg kan godt lide skolen, men jeg er træt om morgenen. Jeg vil gerne sove bedre.", At(120, 13));
        investigation.Complete("Familien har brug for familiebehandling og en fast morgenrutine; mormor inddrages.", At(60, 12));
        db.ChildInvestigations.Add(investigation);

        var decision = ChildDecision.SupportMeasure(municipalityId, child.Id, SupportType.FamilyTreatment,
            "Mere ro i hjemmet om natten og at Noah kommer i skole til tiden.", 6, true, investigation.Id, "Barnets Lov §32, stk. 1, nr. 5",
            Children.ChildDecisionService.StandardComplaintGuidance, DemoWorld.Caseworker2Name, At(55, 11), At(50, 8));
        db.ChildDecisions.Add(decision);
        db.ChildPlanRecords.Add(new ChildPlanRecord(municipalityId, child.Id, ChildPlanKind.ChildPlan, 1, At(40, 10), DemoWorld.Caseworker2Name,
            "Du og din mor får hjælp fra Familiehuset, så der bliver mere ro om natten, og du kan komme i skole til tiden.",
            "Jeg vil gerne i skole hver dag.", "Jeg vil gerne have hjælp til aftenerne.", decision.Id, null));
    }
}
