using System.Text;
using Mestring.Terminology;

namespace Mestring.Registers.Tests;

internal static class TestData
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static FfbBranches Ffb => FfbBranches.Default;

    /// <summary>An FFB ydelse, looked up by name (never retyped).</summary>
    public static string ServiceCode => Ffb.Ffb.DescendantsOf(Ffb.Services.Code).First(c => c.Display == "Støtte til daglige opgaver i hjemmet").Code;

    public static string ConditionCode => Ffb.Ffb.DescendantsOf(Ffb.ActivityAndParticipation.Code).First(c => c.Display == "Varetage bolig").Code;

    public static string TargetGroupCode => Ffb.Ffb.DescendantsOf(Ffb.TargetGroups.Code).First(c => c.Display == "Hjemløshed").Code;

    public static RegisterReader Reader(params string[] knownPersons) => new(new RegisterReaderOptions
    {
        Today = Today,
        IsKnownPerson = id => knownPersons.Contains(id),
        IsKnownProvider = id => id is "T1" or "T2",
    });

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static string Write(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = RegisterWriter.CreateTextWriter(stream, leaveOpen: true))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
