using Microsoft.AspNetCore.OpenApi;

namespace Mestring.Web.Hosting;

internal static class ApiDocument
{
    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Mestring API";
            document.Info.Version = "v1";
            document.Info.Description = "One plan per citizen across sectors: assessments, goals, interventions, follow-ups, consent and audit. Sign in with POST /api/v1/auth/login; the cookie authenticates later calls.";
            return Task.CompletedTask;
        });
}
