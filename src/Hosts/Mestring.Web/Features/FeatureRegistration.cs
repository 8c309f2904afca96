using Mestring.Application.Investments;
using Mestring.Web.Features.Assessments;
using Mestring.Web.Features.AuditLog;
using Mestring.Web.Features.Children;
using Mestring.Web.Features.Auth;
using Mestring.Web.Features.Citizens;
using Mestring.Web.Features.Consents;
using Mestring.Web.Features.Evidence;
using Mestring.Web.Features.FollowUps;
using Mestring.Web.Features.Interventions;
using Mestring.Web.Features.Investments;
using Mestring.Web.Features.Oversight;
using Mestring.Web.Features.Plans;
using Mestring.Web.Features.Prevention;
using Mestring.Web.Features.Stats;
using Mestring.Web.Features.Terminology;
using Mestring.Web.Features.Administration;

namespace Mestring.Web.Features;

/// <summary>Wires the use cases (shared by the API and the pages) and maps the API under /api/v1.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddMestringFeatures(this IServiceCollection services)
    {
        return services;
    }

    public static void MapMestringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        Hosting.ApiResponses.DocumentCommonResponses(api);
        AuthEndpoints.Map(api);
        CitizenEndpoints.Map(api);
        PlanEndpoints.Map(api);
        NetworkEndpoints.Map(api);
        Reporting.PlanFhirEndpoints.Map(api);
        Reporting.CouncilReportEndpoints.Map(api);
        AssessmentEndpoints.Map(api);
        InterventionEndpoints.Map(api);
        FollowUpEndpoints.Map(api);
        ConsentEndpoints.Map(api);
        AuditEndpoints.Map(api);
        StatsEndpoints.Map(api);
        InvestmentEndpoints.Map(api);
        EvidenceEndpoints.Map(api);
        PreventionEndpoints.Map(api);
        OversightEndpoints.Map(api);
        RegistryEndpoints.Map(api);
        TerminologyEndpoints.Map(api);
        AdminEndpoints.Map(api);
        ProgressNoteEndpoints.Map(api);
        ChildrenEndpoints.Map(api);
        Steering.SteeringEndpoints.Map(api);
        Privacy.PrivacyEndpoints.Map(api);
    }
}
