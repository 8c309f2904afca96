using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mestring.Application.Reporting;

/// <summary>One delivery to KL Gateway: the day it covers, when it was made and by whom, what it held and what the validation said.</summary>
public sealed record FfbDeliveryLogEntry(
    [property: JsonPropertyName("day")] DateOnly Day,
    [property: JsonPropertyName("madeAt")] DateTimeOffset MadeAt,
    [property: JsonPropertyName("madeBy")] string MadeBy,
    [property: JsonPropertyName("municipality")] string Municipality,
    [property: JsonPropertyName("bundles")] int Bundles,
    [property: JsonPropertyName("resources")] int Resources,
    [property: JsonPropertyName("withdrawn")] int Withdrawn,
    [property: JsonPropertyName("skippedWithoutCpr")] int SkippedWithoutCpr,
    [property: JsonPropertyName("valid")] int Valid,
    [property: JsonPropertyName("invalid")] int Invalid,
    [property: JsonPropertyName("issues")] IReadOnlyList<FfbLoggedIssue> Issues);

/// <summary>A validation finding of one bundle (file name, rule, location); the message has no personal data.</summary>
public sealed record FfbLoggedIssue(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("message")] string Message);

/// <summary>
/// The delivery log kept next to the deliveries (<c>delivery-log.ndjson</c> in the output folder: one JSON object per
/// line, appended): what was sent when and what the validation said; the next export continues from it.
/// </summary>
public static class FfbDeliveryLog
{
    public const string FileName = "delivery-log.ndjson";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static IReadOnlyList<FfbDeliveryLogEntry> Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<FfbDeliveryLogEntry>(l, Options)!)];
    }

    public static void Append(string directory, FfbDeliveryLogEntry entry) =>
        File.AppendAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(entry, Options) + "\n");
}
