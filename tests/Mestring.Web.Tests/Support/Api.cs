using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mestring.TestSupport;

namespace Mestring.Web.Tests.Support;

/// <summary>A signed-in HTTP client with small JSON helpers that fail with the response body.</summary>
public sealed class Api(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public static async Task<Api> LoginAsync(MestringWebFactory factory, string userName) => new(await factory.CreateClientAs(userName));

    public async Task<JsonNode> GetAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ReadAsync(response, HttpStatusCode.OK, url);
    }

    public async Task<HttpStatusCode> StatusAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public async Task<JsonNode> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        return await ReadAsync(response, expected, url);
    }

    public async Task<JsonNode> PutAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body);
        return await ReadAsync(response, expected, url);
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) || !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') ? null : JsonNode.Parse(text));
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string url)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public void Dispose() => client.Dispose();
}

public static class Json
{
    public static string Str(this JsonNode? node, string property) => node?[property]?.GetValue<string>() ?? throw new InvalidOperationException($"no '{property}' in {node?.ToJsonString()}");

    public static JsonArray Arr(this JsonNode? node, string? property = null) =>
        (property is null ? node : node?[property]) as JsonArray ?? throw new InvalidOperationException($"no array '{property}' in {node?.ToJsonString()}");

    public static string Compact(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
