namespace Mestring.Synthetic.Model;

/// <summary>A named method and its planted true effects (the ground truth, never written to the data).</summary>
/// <param name="Name">As written in services.method.</param>
/// <param name="Progression">Additive effect on progression (function levels gained on the addressed condition) relative to CAU.</param>
/// <param name="AcuteAdmissions">Additive effect on the expected number of acute admissions in the 365 days after start, relative to CAU.</param>
/// <param name="EdVisits">The same for emergency-department visits.</param>
/// <param name="PsychiatricContacts">The same for psychiatric contacts.</param>
/// <remarks>
/// The event effects act on everyone in assessed programmes (see <see cref="Progression.LaterEvents"/>); each must stay above
/// minus the smallest base rate there, so that no expected count is clipped at zero and the planted effect is exact.
/// </remarks>
internal sealed record Method(string Name, double Progression, double AcuteAdmissions, double EdVisits = 0, double PsychiatricContacts = 0);

internal static class Methods
{
    public static readonly Method Cau = new("CAU", 0, 0);
    public static readonly Method HousingFirst = new("Housing First", 0.45, -0.15, EdVisits: -0.20);
    public static readonly Method Cti = new("Critical Time Intervention", 0.30, -0.10, PsychiatricContacts: -0.20);
    public static readonly Method Ips = new("IPS", 0.40, 0);
    public static readonly Method Fit = new("FIT", 0, 0, PsychiatricContacts: -0.15);
    public static readonly Method Pmto = new("PMTO", 0.35, 0);
    public static readonly Method IncredibleYears = new("De Utrolige År", 0.25, 0);
    public static readonly Method Mst = new("MST", 0, 0);
    public static readonly Method LowArousal = new("Low Arousal", 0.20, 0, EdVisits: -0.15);
    public static readonly Method Teacch = new("TEACCH", 0.15, 0);
    public static readonly Method MotivationalInterviewing = new("Motivational Interviewing", 0, 0, EdVisits: -0.15);
    public static readonly Method Tfco = new("TFCO", 0.30, 0);

    public static IReadOnlyList<Method> All { get; } =
        [Cau, HousingFirst, Cti, Ips, Fit, Pmto, IncredibleYears, Mst, LowArousal, Teacch, MotivationalInterviewing, Tfco];
}
