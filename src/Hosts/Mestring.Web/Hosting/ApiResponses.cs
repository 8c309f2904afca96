using Microsoft.AspNetCore.Http.Metadata;

namespace Mestring.Web.Hosting;

/// <summary>
/// Documents the answers every API operation can give besides its own: its success (when the endpoint declares none),
/// 400, 401 and 403 everywhere (bad input; no session; a role that may not, or a cross-site write), 404 where the path
/// names something, and 409, 413 and 415 on every write. A status an
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
            // In a nested group the combined pattern has no raw text: its parameters say whether the path names something.
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern;
            var namesSomething = pattern is not null && (pattern.Parameters.Count > 0 || (pattern.RawText ?? "").Contains('{', StringComparison.Ordinal));
            // An endpoint that returns IResult declares no success status; adding the error answers would hide the
            // framework's default 200, so the success answers of the method are documented here (issue 16's fuzzer found
            // 2xx answers the document did not list).
            if (!endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode is >= 200 and < 300))
            {
                Add(endpoint, StatusCodes.Status200OK, null);
                if (methods.Any(HttpMethods.IsPost))
                {
                    Add(endpoint, StatusCodes.Status201Created, null);
                }
                if (isWrite)
                {
                    Add(endpoint, StatusCodes.Status204NoContent, null);
                }
            }
            Add(endpoint, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails)); // a query or route value that does not parse, too
            Add(endpoint, StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
            Add(endpoint, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            if (namesSomething)
            {
                Add(endpoint, StatusCodes.Status404NotFound, null);
            }
            Add(endpoint, StatusCodes.Status409Conflict, typeof(ProblemDetails)); // a switched-off feature refuses reads too
            if (isWrite)
            {
                Add(endpoint, StatusCodes.Status204NoContent, null);
                Add(endpoint, StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails));
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
