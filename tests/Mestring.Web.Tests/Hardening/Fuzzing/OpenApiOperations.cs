using System.Text.Json.Nodes;

namespace Mestring.Web.Tests.Hardening.Fuzzing;

/// <summary>One operation of the OpenAPI document: its method, path template, parameters, body schema and documented statuses.</summary>
public sealed record OpenApiOperation(
    string Method,
    string Path,
    IReadOnlyList<OpenApiParameter> Parameters,
    JsonNode? BodySchema,
    IReadOnlySet<string> Statuses)
{
    public override string ToString() => $"{Method} {Path}";
}

public sealed record OpenApiParameter(string Name, string In, bool Required, JsonNode? Schema);

/// <summary>Reads the operations out of the app's own OpenAPI document (3.x), resolving <c>$ref</c> into the components.</summary>
public sealed class OpenApiOperations(JsonNode document)
{
    public IReadOnlyList<OpenApiOperation> All()
    {
        var result = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                if (method is not ("get" or "post" or "put" or "delete" or "patch"))
                {
                    continue;
                }
                var parameters = (op!["parameters"] as JsonArray ?? [])
                    .Concat(item["parameters"] as JsonArray ?? [])
                    .Select(p => Resolve(p)!)
                    .Select(p => new OpenApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false, p["schema"]))
                    .ToList();
                var body = op["requestBody"]?["content"]?["application/json"]?["schema"];
                var statuses = (op["responses"] as JsonObject)?.Select(r => r.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                result.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, body, statuses));
            }
        }
        return [.. result.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    /// <summary>The schema with its <c>$ref</c> (and a single allOf/oneOf/anyOf wrapper) followed.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var depth = 0; schema is not null && depth < 10; depth++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                var node = (JsonNode?)document;
                foreach (var part in reference.TrimStart('#', '/').Split('/'))
                {
                    node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
                }
                schema = node;
                continue;
            }
            var composite = (schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) as JsonArray;
            if (composite is { Count: > 0 } && schema["type"] is null && schema["properties"] is null)
            {
                schema = composite.FirstOrDefault(s => s?["type"]?.ToString() != "null") ?? composite[0];
                continue;
            }
            return schema;
        }
        return schema;
    }

    /// <summary>The schema's main type ("string", "integer", ...), ignoring "null" in a type list.</summary>
    public static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        JsonValue type => type.GetValue<string>(),
        _ => schema?["properties"] is not null ? "object" : schema?["enum"] is not null ? "string" : null,
    };
}
