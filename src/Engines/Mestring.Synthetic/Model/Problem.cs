namespace Mestring.Synthetic.Model;

/// <summary>Social problems and disabilities (FFB målgrupper) a person can have, as bit flags.</summary>
[Flags]
internal enum Problem : ushort
{
    None = 0,
    Intellectual = 1 << 0,
    Psychiatric = 1 << 1,
    Physical = 1 << 2,
    Drugs = 1 << 3,
    Alcohol = 1 << 4,
    /// <summary>Drugs or alcohol (a mask, not a målgruppe of its own).</summary>
    Misuse = Drugs | Alcohol,
    Homeless = 1 << 5,
    Crime = 1 << 6,
    Neglect = 1 << 7,
    Acting = 1 << 8,
    Isolation = 1 << 9,
    Violence = 1 << 10,
    /// <summary>Not a målgruppe: the person has been placed outside the home (eligibility for aftercare).</summary>
    WasPlaced = 1 << 11,
}

internal static class Problems
{
    public static readonly Problem[] TargetGroups =
    [
        Problem.Intellectual, Problem.Psychiatric, Problem.Physical, Problem.Drugs, Problem.Alcohol, Problem.Homeless,
        Problem.Crime, Problem.Neglect, Problem.Acting, Problem.Isolation, Problem.Violence,
    ];

    /// <summary>The FFB målgruppe display name of a problem.</summary>
    public static string Display(Problem p) => p switch
    {
        Problem.Intellectual => "Intellektuel/kognitiv forstyrrelse",
        Problem.Psychiatric => "Psykiske vanskeligheder",
        Problem.Physical => "Mobilitetsnedsættelse",
        Problem.Drugs => "Stofmisbrug",
        Problem.Alcohol => "Alkoholmisbrug",
        Problem.Homeless => "Hjemløshed",
        Problem.Crime => "Ikke-personfarlig kriminalitet",
        Problem.Neglect => "Omsorgssvigt",
        Problem.Acting => "Udadreagerende adfærd",
        Problem.Isolation => "Social isolation",
        Problem.Violence => "Voldeligt overgreb",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Not a single målgruppe."),
    };

    public static bool IsDisability(Problem p) => p is Problem.Intellectual or Problem.Psychiatric or Problem.Physical;
}
