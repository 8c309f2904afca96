namespace Mestring.Web.Security;

/// <summary>Claim types Mestring adds to the sign-in cookie.</summary>
public static class MestringClaims
{
    public const string Municipality = "mestring:municipality";
    public const string Team = "mestring:team";
    public const string Provider = "mestring:provider";
    public const string Citizen = "mestring:citizen";
    public const string DisplayName = "mestring:name";
}
