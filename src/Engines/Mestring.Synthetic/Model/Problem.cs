namespace Mestring.Synthetic.Model;

/// <summary>Social problems and disabilities (FFB målgrupper) a person can have, as bit flags.</summary>
[Flags]
internal enum Problem : ushort
{
    None = 0,
    Intellectual = 1,
    Psychiatric = 2,
    Physical = 4,
    Drugs = 8,
    Alcohol = 16,
    Homeless = 32,
    Crime = 64,
    Neglect = 128,
    Acting = 256,
    Isolation = 512,
    Violence = 1024,
    /// <summary>Not a målgruppe: the person has been placed outside the home (eligibility for aftercare).</summary>
    WasPlaced = 2048,
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
