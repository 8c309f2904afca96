using Mestring.Domain.Common;

namespace Mestring.Domain.Assessments;

/// <summary>
/// An udredning: per FFB condition a funktionsevneniveau 0–4 or "ikke vurderet" (null), and a støttebehov.
/// Repeating it is the before/after measure of progression (VUM 2.0).
/// </summary>
public sealed class Assessment : TenantEntity, ICitizenData
{
    private readonly List<AssessmentItem> _items = [];

    private Assessment() { }

    public Assessment(Guid municipalityId, Guid citizenId, DateOnly date, string? assessedBy)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Date = date;
        AssessedBy = assessedBy;
    }

    /// <summary>
    /// A new udredning dated <paramref name="date"/> (not in the future) with at least one condition rated; an item's
    /// field errors are reported as <c>items[i].field</c>.
    /// </summary>
    public static Assessment Record(Guid municipalityId, Guid citizenId, DateOnly date, DateOnly today, string? assessedBy,
        IReadOnlyList<AssessmentItem> items, Func<string, bool> isCondition)
    {
        if (date > today)
        {
            throw ValidationException.For("date", "must not be in the future");
        }
        if (items is not { Count: > 0 })
        {
            throw ValidationException.For("items", "at least one condition must be rated");
        }
        var assessment = new Assessment(municipalityId, citizenId, date, assessedBy);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                assessment.Rate(items[i].ConditionCode, items[i].FunctionLevel, items[i].SupportNeed, isCondition);
            }
            catch (ValidationException e)
            {
                var index = i;
                throw new ValidationException(e.Errors.ToDictionary(kv => $"items[{index}].{kv.Key}", kv => kv.Value));
            }
        }
        return assessment;
    }

    public Guid CitizenId { get; private set; }
    public DateOnly Date { get; private set; }
    public string? AssessedBy { get; private set; }
    public IReadOnlyList<AssessmentItem> Items => _items;

    /// <summary>Records the level for one condition; a condition appears once per assessment.</summary>
    public void Rate(string conditionCode, int? functionLevel, int? supportNeed, Func<string, bool> isCondition)
    {
        if (!isCondition(conditionCode))
        {
            throw ValidationException.For("conditionCode", $"'{conditionCode}' is not an FFB condition");
        }
        if (_items.Any(i => i.ConditionCode == conditionCode))
        {
            throw new DomainException("assessment.duplicate-condition", "The condition is already rated in this assessment.", "conditionCode");
        }
        _items.Add(new AssessmentItem(conditionCode, Guard.Level(functionLevel, "functionLevel"), Guard.Level(supportNeed, "supportNeed")));
    }

    public int? LevelOf(string conditionCode) => _items.FirstOrDefault(i => i.ConditionCode == conditionCode)?.FunctionLevel;
}

/// <summary>One condition's rating. A null level means "ikke vurderet", which is not a level.</summary>
public sealed record AssessmentItem(string ConditionCode, int? FunctionLevel, int? SupportNeed);
