using Microsoft.AspNetCore.Http.Metadata;

namespace Mestring.Web.Hosting;

/// <summary>
/// Documents the answers every API operation can give besides its own: 401 and 403 everywhere (no session; a role that
/// may not, or a cross-site write), 404 where the path names something, and 400, 409 and 415 on every write. A status an
/// endpoint already declares is left as it is.
/// </summary>
internal static class ApiResponses
{
    private static readonly string[] Problem = ["application/problem+json"];

    public static void DocumentCommonResponses(RouteGroupBuilder api) =>
        ((IEndpointConventionBuilder)api).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var isWrite = methods.Any(m => !(HttpMethods.IsGet(m) || HttpMethods.IsHead(m)));
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            Add(endpoint, StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
            Add(endpoint, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            if (pattern.Contains('{', StringComparison.Ordinal))
            {
                Add(endpoint, StatusCodes.Status404NotFound, null);
            }
            if (isWrite)
            {
                Add(endpoint, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
                Add(endpoint, StatusCodes.Status409Conflict, typeof(ProblemDetails));
                Add(endpoint, StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails));
            }
        });

    private static void Add(EndpointBuilder endpoint, int status, Type? type)
    {
        if (endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status))
        {
            return;
        }
        endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type, type is null ? [] : Problem));
    }
}
