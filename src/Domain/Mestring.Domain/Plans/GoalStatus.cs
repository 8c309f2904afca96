namespace Mestring.Domain.Plans;

public enum GoalStatus
{
    Active,
    Achieved,
    PartlyAchieved,
    NotAchieved,
    Cancelled,
}
