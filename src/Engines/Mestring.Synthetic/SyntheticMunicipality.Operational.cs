using Mestring.Registers.Operational;
using Mestring.Synthetic.Operational;

namespace Mestring.Synthetic;

public sealed partial class SyntheticMunicipality
{
    private OperationalRecords? _operational;

    /// <summary>
    /// The operational case records (identity, team, plan with sections, goals, orders and follow-ups) of the citizens
    /// alive and resident at the data end with a service in the last two years, consistent with services.csv and
    /// assessments.csv. Deterministic in the options; computed once, on first use (never part of the extract).
    /// </summary>
    public OperationalRecords Operational() => _operational ??= CaseRecords.Build(new CaseSource(
        Options, _dataEnd, _birthDay, _sex, _deathDay, _residentAtEnd, _spells, _programmes, _providers, _assessments, _conditionCodes));
}
