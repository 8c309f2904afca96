using System.Text.Json.Nodes;

namespace Mestring.Web.Tests.Hardening.Fuzzing;

/// <summary>One generated request: the URL, the body bytes and content type (or none), and what was done to it.</summary>
public sealed record FuzzCase(string Url, string? Body, string? ContentType, string Mutation);

/// <summary>
/// Generates requests for an operation from its schema: a plausible request, then one odd thing done to it — a wrong
/// type, an out-of-range or huge number, an unknown enum name, a missing or null field, an impossible date, an oversized
/// or control-character string, a foreign id, broken JSON or a wrong content type. Seeded: the same seed gives the same
/// requests in the same order.
/// </summary>
public sealed class FuzzInputs(OpenApiOperations document, IReadOnlyDictionary<string, string> knownIds, int seed)
{
    private readonly Random _random = new(seed);

    private static readonly JsonNode?[] OddValues =
    [
        JsonValue.Create("abc"), JsonValue.Create(123), JsonValue.Create(true), new JsonObject(), new JsonArray(), null,
        JsonValue.Create(1e308), JsonValue.Create(-1e308), JsonValue.Create(2147483648L), JsonValue.Create(-2147483649L),
        JsonValue.Create(long.MaxValue), JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e-320), JsonValue.Create(99),
        JsonNode.Parse("79228162514264337593543950336"), JsonValue.Create("Ukendt_Vaerdi"), JsonValue.Create("2021-02-30"),
        JsonValue.Create("2026-13-01"), JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"), JsonValue.Create("-5"),
        JsonValue.Create("1e308"), JsonValue.Create("NaN"), JsonValue.Create(""), JsonValue.Create("   "), JsonValue.Create("a\u0000b"),
        JsonValue.Create(Guid.Empty.ToString()), JsonValue.Create("00000000-0000-0000-0000-00000000000g"),
    ];

    private static readonly string[] OddQueryValues =
        ["abc", "-1", "0", "99999999999999999999", "1e308", "2021-02-30", "NaN", "", "%00", "Ukendt_Vaerdi", new string('x', 3000), "5f0c5a6e-86a1-4bb0-9d3c-0d6f2b1e7a11"];

    /// <summary>A plausible value for the schema (the starting point a mutation changes).</summary>
    public JsonNode? Sample(JsonNode? schema, string? name = null, int depth = 0)
    {
        schema = document.Resolve(schema);
        if (schema is null || depth > 6)
        {
            return null;
        }
        if (schema["enum"] is JsonArray members && members.Count > 0)
        {
            return members[_random.Next(members.Count)]?.DeepClone();
        }
        switch (OpenApiOperations.TypeOf(schema))
        {
            case "object":
                var obj = new JsonObject();
                foreach (var (property, propertySchema) in schema["properties"] as JsonObject ?? [])
                {
                    obj[property] = Sample(propertySchema, property, depth + 1);
                }
                return obj;
            case "array":
                return new JsonArray(Sample(schema["items"], name, depth + 1));
            case "integer":
                return JsonValue.Create(_random.Next(1, 5));
            case "number":
                return JsonValue.Create(Math.Round(_random.NextDouble() * 10, 2));
            case "boolean":
                return JsonValue.Create(_random.Next(2) == 0);
            case "string":
                return JsonValue.Create(schema["format"]?.GetValue<string>() switch
                {
                    "uuid" => Id(name),
                    "date" => "2026-06-15",
                    "date-time" => "2026-06-15T10:00:00+00:00",
                    _ => "Tekst til afprøvning",
                });
            default:
                return null;
        }
    }

    private string Id(string? name) =>
        name is not null && knownIds.TryGetValue(name, out var id) && _random.Next(3) != 0 ? id : RandomGuid();

    /// <summary>A seeded id (a foreign one: nothing in the database has it).</summary>
    private string RandomGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// <summary>The next request for this operation.</summary>
    public FuzzCase Next(OpenApiOperation operation)
    {
        var mutation = "plausible";
        var path = operation.Path;
        var query = new List<string>();
        var target = _random.Next(10);
        foreach (var p in operation.Parameters)
        {
            var value = Sample(p.Schema, p.Name)?.ToString() ?? "x";
            if (p.In == "path" && target == 0 && _random.Next(2) == 0)
            {
                value = _random.Next(2) == 0 ? RandomGuid() : "not-an-id";
                mutation = $"path {p.Name}={value}";
            }
            if (p.In == "query" && target <= 2 && _random.Next(2) == 0)
            {
                value = OddQueryValues[_random.Next(OddQueryValues.Length)];
                mutation = $"query {p.Name}={Short(value)}";
            }
            if (p.In == "path")
            {
                path = path.Replace("{" + p.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else if (p.In == "query" && (p.Required || _random.Next(2) == 0))
            {
                query.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(value)}");
            }
        }
        var url = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        if (operation.BodySchema is null)
        {
            return new FuzzCase(url, null, null, mutation);
        }
        var body = Sample(operation.BodySchema);
        if (mutation != "plausible" || target == 9)
        {
            return new FuzzCase(url, body?.ToJsonString(), "application/json", mutation);
        }
        return MutateBody(url, body);
    }

    private FuzzCase MutateBody(string url, JsonNode? body)
    {
        var json = body?.ToJsonString() ?? "null";
        switch (_random.Next(20))
        {
            case 0:
                return new FuzzCase(url, json[..(json.Length / 2)], "application/json", "truncated JSON");
            case 1:
                return new FuzzCase(url, json, _random.Next(2) == 0 ? "text/plain" : "application/xml", "wrong content type");
            case 2:
                return new FuzzCase(url, new[] { "", "null", "[]", "\"x\"", "42", "{", "{\"a\":}", "\uFEFF{}" }[_random.Next(8)], "application/json", "odd whole body");
            case 3:
                return new FuzzCase(url, null, null, "no body");
        }
        var slots = Slots(body).ToList();
        if (slots.Count == 0)
        {
            return new FuzzCase(url, "{\"unknown\":" + new string('9', 400) + "}", "application/json", "huge number, unknown field");
        }
        var (parent, key) = slots[_random.Next(slots.Count)];
        string mutation;
        var roll = _random.Next(10);
        if (roll == 0 && parent is JsonObject removeFrom)
        {
            removeFrom.Remove(key);
            mutation = $"missing {key}";
        }
        else if (roll == 1)
        {
            var size = _random.Next(3) == 0 ? 100_000 : 5_000;
            Set(parent, key, JsonValue.Create(new string('å', size)));
            mutation = $"{key}: string of {size}";
        }
        else
        {
            var odd = OddValues[_random.Next(OddValues.Length)];
            Set(parent, key, odd?.DeepClone());
            mutation = $"{key}: {Short(odd?.ToJsonString() ?? "null")}";
        }
        return new FuzzCase(url, body!.ToJsonString(), "application/json", mutation);
    }

    private static void Set(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[key] = value;
        }
        else if (parent is JsonArray a)
        {
            a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }

    /// <summary>Every place in the body a value sits: (its parent, its key or index).</summary>
    private static IEnumerable<(JsonNode Parent, string Key)> Slots(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                yield return (o, key);
                foreach (var inner in Slots(child))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var inner in Slots(a[i]))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + $"…({s.Length})" : s;
}
