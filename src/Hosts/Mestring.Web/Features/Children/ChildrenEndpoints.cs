using Mestring.Application.Children;
using Mestring.Application.Interventions;
using Mestring.Domain.Children;

namespace Mestring.Web.Features.Children;

/// <summary>
/// Children's casework under Barnets Lov at /api/v1/children (docs/children.md): the team's legal deadlines, notifications,
/// investigations, decisions and the child's plan for caseworkers with a relationship to the child; the plan for a parent
/// with custody or the child themself. Anything about a child the caller has no relationship to answers 404.
/// </summary>
internal static class ChildrenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/children").WithTags("Children");
        g.MapGet("/deadlines", async (DateOnly? asOf, ChildDeadlineQueries q, CancellationToken ct) =>
            TypedResults.Ok((await q.ForCallerAsync(asOf, ct)).Select(DeadlineDto.From).ToList())).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/deadlines", async (Guid citizenId, DateOnly? asOf, ChildDeadlineQueries q, CancellationToken ct) =>
            (await q.ForChildAsync(citizenId, asOf, ct)).Map(l => l.Select(DeadlineDto.From).ToList()).ToOk()).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/ics", () => TypedResults.Ok(IcsTriangle.Areas));

        MapNotifications(g);
        MapInvestigations(g);
        MapDecisions(g);

        g.MapPost("/{citizenId:guid}/plan-records", async (Guid citizenId, ChildPlanRequest request, ChildPlanService s, CancellationToken ct) =>
            (await s.RecordAsync(citizenId, request, ct)).ToCreated($"/api/v1/children/{citizenId}/plan-records")).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/plan-records", async (Guid citizenId, ChildPlanService s, CancellationToken ct) =>
            (await s.ListAsync(citizenId, ct)).ToOk()).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/plan", async (Guid citizenId, ChildPlanService s, CancellationToken ct) =>
            (await s.ViewAsync(citizenId, ct)).ToOk()).RequireAuthorization(Policies.ChildPlanViewers);
        g.MapPost("/{citizenId:guid}/afdaekning-from-screening", async (Guid citizenId, ScreeningAfdaekningRequest request, ScreeningAfdaekning s, CancellationToken ct) =>
            (await s.OpenAsync(citizenId, request.Reason, ct)).ToCreated($"/api/v1/children/{citizenId}/investigations")).RequireAuthorization(Policies.Caseworker);
        g.MapPost("/{citizenId:guid}/custody", async (Guid citizenId, CustodyRequest request, ChildPlanService s, CancellationToken ct) =>
            (await s.GrantCustodyAsync(citizenId, request, ct)).ToCreated($"/api/v1/children/{citizenId}/plan")).RequireAuthorization(Policies.Caseworker);
    }

    private static void MapNotifications(RouteGroupBuilder g)
    {
        g.MapGet("/notifications/repeated", async (NotificationService s, CancellationToken ct) => TypedResults.Ok(await s.RepeatedAsync(ct)))
            .RequireAuthorization(Policies.Caseworker);
        g.MapPost("/{citizenId:guid}/notifications", async (Guid citizenId, NotificationRequest request, NotificationService s, CancellationToken ct) =>
            (await s.ReceiveAsync(citizenId, request, ct)).ToCreated($"/api/v1/children/{citizenId}/notifications")).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/notifications", async (Guid citizenId, NotificationService s, CancellationToken ct) =>
            (await s.ListAsync(citizenId, ct)).ToOk()).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/notifications/{id:guid}", async (Guid id, NotificationService s, CancellationToken ct) =>
            (await s.GetAsync(id, ct)).ToOk()).RequireAuthorization(Policies.Caseworker);
        g.MapPost("/notifications/{id:guid}/assessment", async (Guid id, AssessNotificationRequest request, NotificationService s, CancellationToken ct) =>
            (await s.AssessAsync(id, request, ct)).ToNoContent()).RequireAuthorization(Policies.Caseworker);
        g.MapPost("/notifications/{id:guid}/acknowledgement", async (Guid id, AcknowledgeRequest request, NotificationService s, CancellationToken ct) =>
            (await s.AcknowledgeAsync(id, request, ct)).ToNoContent()).RequireAuthorization(Policies.Caseworker);
    }

    private static void MapInvestigations(RouteGroupBuilder g)
    {
        g.MapPost("/{citizenId:guid}/investigations", async (Guid citizenId, InvestigationRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.StartAsync(citizenId, request, ct)).ToCreated($"/api/v1/children/{citizenId}/investigations")).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/investigations", async (Guid citizenId, InvestigationService s, CancellationToken ct) =>
            (await s.ListAsync(citizenId, ct)).ToOk()).RequireAuthorization(Policies.Caseworker);
        var i = g.MapGroup("/investigations/{id:guid}").RequireAuthorization(Policies.Caseworker);
        i.MapGet("", async (Guid id, InvestigationService s, CancellationToken ct) => (await s.GetAsync(id, ct)).ToOk());
        i.MapPost("/findings", async (Guid id, FindingRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.RecordFindingAsync(id, request, ct)).ToNoContent());
        i.MapPost("/child-view", async (Guid id, ChildViewRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.RecordChildViewAsync(id, request, ct)).ToNoContent());
        i.MapPut("/siblings", async (Guid id, SiblingsRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.SetSiblingsAsync(id, request, ct)).ToNoContent());
        i.MapPost("/preliminary-assessment", async (Guid id, TextRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.RecordPreliminaryAsync(id, request, ct)).ToNoContent());
        i.MapPost("/completion", async (Guid id, TextRequest request, InvestigationService s, CancellationToken ct) =>
            (await s.CompleteAsync(id, request, ct)).ToNoContent());
    }

    private static void MapDecisions(RouteGroupBuilder g)
    {
        g.MapPost("/{citizenId:guid}/decisions", async (Guid citizenId, DecisionRequest request, ChildDecisionService s, CancellationToken ct) =>
            (await s.DecideAsync(citizenId, request, ct)).ToCreated($"/api/v1/children/{citizenId}/decisions")).RequireAuthorization(Policies.Caseworker);
        g.MapGet("/{citizenId:guid}/decisions", async (Guid citizenId, ChildDecisionService s, CancellationToken ct) =>
            (await s.ListAsync(citizenId, ct)).ToOk()).RequireAuthorization(Policies.Caseworker);
        g.MapPost("/decisions/{id:guid}/committee", async (Guid id, CommitteeRequest request, ChildDecisionService s, CancellationToken ct) =>
            (await s.RecordCommitteeAsync(id, request, ct)).ToNoContent()).RequireAuthorization(Policies.Caseworker);
        g.MapPost("/decisions/{id:guid}/interventions", async (Guid id, OrderRequest request, ChildDecisionService s, CancellationToken ct) =>
            (await s.OrderAsync(id, request, ct)).ToCreated($"/api/v1/children/decisions/{id}")).RequireAuthorization(Policies.Caseworker);
    }
}
