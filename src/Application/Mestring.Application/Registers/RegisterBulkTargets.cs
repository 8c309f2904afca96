using Mestring.Data.Bulk;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Application.Registers;

/// <summary>Every table the register import and the operational-records load write in bulk, described by the model.</summary>
public static class RegisterBulkTargets
{
    /// <summary>
    /// The bulk targets resolved against <paramref name="model"/>; throws when one names a property the model does not
    /// map or an upsert key that is no key or unique index of it.
    /// </summary>
    public static IReadOnlyList<BulkTable> All(IModel model)
    {
        var register = new RegisterTables(model);
        var operational = new OperationalTables(model);
        return
        [
            register.Citizens, register.HouseholdYears, register.PersonYears, register.Providers, register.Interventions, register.Events,
            register.AssessmentItems, operational.Identities, operational.Plans, operational.Goals, operational.Sections, operational.Versions,
            operational.FollowUps, operational.Ratings, operational.InterventionLinks,
        ];
    }
}
