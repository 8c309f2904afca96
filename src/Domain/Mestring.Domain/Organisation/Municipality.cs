using Mestring.Domain.Common;

namespace Mestring.Domain.Organisation;

/// <summary>A municipality: the tenant. Every other row carries its id.</summary>
public sealed class Municipality
{
    private Municipality() { }

    public Municipality(string code, string name)
    {
        Code = Guard.NotBlank(code, "code", 8);
        Name = Guard.NotBlank(name, "name", 200);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    /// <summary>The official municipality number (e.g. 101 for København).</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
}
