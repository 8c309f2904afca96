using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Mestring.Web.Security;

/// <summary>Role policies. Access to a particular citizen is decided per request by <see cref="CitizenAccess"/>.</summary>
public static class Policies
{
    public const string Caseworker = "caseworker";
    public const string Provider = "provider";
    public const string Citizen = "citizen";
    /// <summary>Roles that may see citizen data through a relationship.</summary>
    public const string PersonalData = "personal-data";
    public const string Aggregates = "aggregates";
    public const string Audit = "audit";
    public const string Admin = "admin";
    /// <summary>Who may edit the municipality's investment knowledge catalogue.</summary>
    public const string InvestmentCatalogue = "investment-catalogue";
    /// <summary>Who may read the evaluation of methods, providers and the stop list (aggregates, no caseworkers).</summary>
    public const string Evidence = "evidence";
    /// <summary>Who may see a child's plan from outside the case: a parent with custody, or the child themself.</summary>
    public const string ChildPlanViewers = "child-plan-viewers";
    /// <summary>Who may open the provider registry and the oversight signals (/tilsyn): supervision and managers.</summary>
    public const string Oversight = "oversight";

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Caseworker, p => p.RequireRole(Roles.Caseworker));
        options.AddPolicy(Provider, p => p.RequireRole(Roles.Provider));
        options.AddPolicy(Citizen, p => p.RequireRole(Roles.Citizen));
        options.AddPolicy(PersonalData, p => p.RequireRole(Roles.Caseworker, Roles.Provider, Roles.Citizen, Roles.Network));
        options.AddPolicy(Aggregates, p => p.RequireRole(Roles.Manager, Roles.Admin, Roles.Supervision, Roles.Caseworker));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Admin, Roles.Auditor));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(InvestmentCatalogue, p => p.RequireRole(Roles.Manager, Roles.Admin));
        options.AddPolicy(ChildPlanViewers, p => p.RequireRole(Roles.Parent, Roles.Citizen));
        options.AddPolicy(Evidence, p => p.RequireRole(Mestring.Application.Evidence.EvidenceReaders.Roles));
        options.AddPolicy(Oversight, p => p.RequireRole(Mestring.Application.Oversight.OversightQueries.Readers));
    }

    public static void ConfigurePages(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Login");
        pages.AllowAnonymousToPage("/Error");
        pages.AllowAnonymousToPage("/StatusPage");
        pages.AllowAnonymousToFolder("/Public");
        pages.AuthorizeFolder("/Sagsbehandler", Caseworker);
        pages.AuthorizeFolder("/Leverandoer", Provider);
        pages.AuthorizeFolder("/MinPlan", Citizen);
        pages.AuthorizeFolder("/Ledelse", Aggregates);
        pages.AuthorizeFolder("/Revision", Audit);
        pages.AuthorizeFolder("/Admin", Admin);
        pages.AuthorizeFolder("/Investering", Aggregates);
        pages.AuthorizeFolder("/Rapporter", Aggregates);
        pages.AuthorizeFolder("/Evidens", Evidence);
        pages.AuthorizeFolder("/Tilsyn", Oversight);
        pages.AuthorizeFolder("/Forebyggelse", Aggregates);
        pages.AuthorizeFolder("/Forebyggelse/Arbejdsliste", Caseworker);
        pages.AuthorizeFolder("/Boern", Aggregates);
        pages.AuthorizeFolder("/Boern/Sag", Caseworker);
        pages.AuthorizeFolder("/Foraelder", ChildPlanViewers);
    }
}
