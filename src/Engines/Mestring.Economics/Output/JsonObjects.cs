using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mestring.Economics.Output;

/// <summary>The JSON layout shared by the result and case writers: one writer setup and one array-of-objects shape.</summary>
internal static class JsonObjects
{
    /// <summary>Writer options: Danish letters in names stay readable; the output is data, never embedded in HTML unescaped.</summary>
    public static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What <paramref name="body"/> writes, as JSON text.</summary>
    public static string ToText(bool indented, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <c>"name": [ {…}, … ]</c>: one object per item, its fields written by <paramref name="fields"/>.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            fields(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
