using Mestring.Domain.Common;

namespace Mestring.Domain.Plans;

/// <summary>What one sector contributes to the plan, and who is responsible there.</summary>
public sealed class PlanSection : TenantEntity
{
    private PlanSection() { }

    internal PlanSection(Plan plan, Sector sector, string text, string? responsible)
    {
        MunicipalityId = plan.MunicipalityId;
        PlanId = plan.Id;
        Sector = sector;
        Update(text, responsible);
    }

    public Guid PlanId { get; private set; }
    public Sector Sector { get; private set; }
    public string Text { get; private set; } = "";
    public string? Responsible { get; private set; }

    internal void Update(string text, string? responsible)
    {
        Text = Guard.NotBlank(text, "text", 4000);
        Responsible = string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim();
    }
}
