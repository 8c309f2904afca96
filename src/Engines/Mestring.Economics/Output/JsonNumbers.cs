using System.Text.Json;

namespace Mestring.Economics.Output;

/// <summary>Number writing shared by the JSON writers: invariant, shortest round-trip, no "-0", null for non-finite.</summary>
internal static class JsonNumbers
{
    public static void Write(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            // −0 arises from −(0·x); it is the same amount and confuses readers of the JSON.
            writer.WriteNumber(name, value == 0 ? 0 : value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Write(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            Write(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Write(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
