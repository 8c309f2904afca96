using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mestring.Web.Hosting;

internal static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Mestring API";
            document.Info.Version = "v1";
            document.Info.Description = "One plan per citizen across sectors: assessments, goals, interventions, follow-ups, consent and audit. Sign in with POST /api/v1/auth/login; the cookie authenticates later calls.";
            return Task.CompletedTask;
        });
        // 404 wherever the path names something: an id the caller may not see, or that does not exist, is a 404. Done
        // here, where the full path is known (a route group's convention does not see nested groups' patterns).
        options.AddOperationTransformer((operation, context, _) =>
        {
            if ((context.Description.RelativePath ?? "").Contains('{', StringComparison.Ordinal))
            {
                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("404", new OpenApiResponse { Description = "Not Found" });
            }
            return Task.CompletedTask;
        });
    }
}
