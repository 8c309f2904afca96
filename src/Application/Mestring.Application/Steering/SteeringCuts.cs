namespace Mestring.Application.Steering;

/// <summary>
/// The cuts of the steering store (stable codes, stored in steering_facts/steering_cells). A two-dimension cut joins
/// its keys with <see cref="Join"/>.
/// </summary>
public static class SteeringCuts
{
    public const string Total = "total";
    public const string Area = "area";
    public const string Basis = "basis";
    public const string Target = "target";
    public const string Provider = "provider";
    public const string Level = "level";
    public const string LevelTarget = "level.target";
    public const string LevelBasis = "level.basis";
    /// <summary>Citizens whose highest specialisation level changed from the year before: key "from|to".</summary>
    public const string LevelMove = "level.move";
    /// <summary>Intervention type (method, or the service code when no method is named): spending and progress.</summary>
    public const string Method = "method";
    /// <summary>Goals by status in the year they were due: items = goals, items met = achieved.</summary>
    public const string Goals = "goals";
    /// <summary>Casework quality now (year 0): plans without goals, active goals without a baseline.</summary>
    public const string Quality = "quality";
    /// <summary>Open follow-ups by due date (year 0, key yyyy-MM-dd): overdue = due before today, summed when read.</summary>
    public const string FollowUpDue = "followup.due";
    /// <summary>Young people turning 18 who had support in the year before: key with-plan / without-plan.</summary>
    public const string Transition = "transition";

    public const string PlansWithoutGoals = "plans-without-goals";
    public const string GoalsWithoutBaseline = "goals-without-baseline";
    public const string WithPlan = "with-plan";
    public const string WithoutPlan = "without-plan";
    /// <summary>The key of a missing value (no area, no target group, no level).</summary>
    public const string Unknown = "";

    public const char Separator = '|';

    public static string Join(string a, string b) => a + Separator + b;

    public static (string First, string Second) Split(string key)
    {
        var i = key.IndexOf(Separator, StringComparison.Ordinal);
        return i < 0 ? (key, "") : (key[..i], key[(i + 1)..]);
    }
}
