namespace Mestring.Prevention.Population;

/// <summary>Sex as registered in <c>persons.csv</c> (<c>F</c>/<c>M</c>); empty = <see cref="Unknown"/>.</summary>
public enum Sex : byte
{
    /// <summary>Not registered.</summary>
    Unknown = 0,
    /// <summary><c>F</c>.</summary>
    Female = 1,
    /// <summary><c>M</c>.</summary>
    Male = 2,
}
