using System.Security.Cryptography;
using System.Text;

namespace Mestring.Fhir;

/// <summary>
/// Stable resource ids: a name-based UUID (RFC 9562 version 5, SHA-1) of the kind of resource and the entity it comes
/// from. The same entity always gives the same id, so sending it again is an update at the gateway, never a duplicate.
/// </summary>
public static class FhirIds
{
    /// <summary>Mestring's namespace for FFB resource ids (a fixed random UUID; never change it — every sent id depends on it).</summary>
    public static readonly Guid Namespace = new("7d2f4a9e-3c61-4b8a-9f05-1e6c2d8b4a73");

    /// <summary>The id of the resource of <paramref name="kind"/> made from the entity <paramref name="key"/>.</summary>
    public static string For(string kind, Guid key) => V5(Namespace, $"{kind}:{key:D}").ToString("D");

    /// <summary>The id of the resource of <paramref name="kind"/> made from a composite key (e.g. citizen and FFB code).</summary>
    public static string For(string kind, Guid key, string part) => V5(Namespace, $"{kind}:{key:D}:{part}").ToString("D");

    /// <summary>RFC 9562 §5.5: SHA-1 of the namespace (network byte order) and the UTF-8 name, version 5, variant 10.</summary>
    public static Guid V5(Guid ns, string name)
    {
        Span<byte> nsBytes = stackalloc byte[16];
        ns.TryWriteBytes(nsBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        nsBytes.CopyTo(input);
        nameBytes.CopyTo(input.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 name-based UUIDs; not used for security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
