namespace Mestring.Synthetic.Model;

/// <summary>Collects the planted truth from the programmes, methods and providers.</summary>
internal static class Truths
{
    public static GroundTruth Build(World w, IReadOnlyList<Programme> programmes)
    {
        var assessed = programmes.Where(p => p.ConditionDisplay is not null).ToList();
        var methods = new List<MethodEffect>();
        foreach (var method in Methods.All)
        {
            var usedIn = programmes.Where(p => p.Methods.Any(m => m.Method == method)).ToList();
            if (usedIn.Count == 0)
            {
                continue;
            }
            if (usedIn.Any(p => p.ConditionDisplay is not null))
            {
                methods.Add(new MethodEffect(method.Name, Outcomes.Progression, method.Progression));
                foreach (var later in Progression.LaterEvents)
                {
                    methods.Add(new MethodEffect(method.Name, later.Outcome, later.Effect(method)));
                }
            }
        }
        return new GroundTruth
        {
            Options = w.Options,
            MethodEffects = methods,
            InterventionEffects = assessed.Select(p => new InterventionEffect(p.Name, p.LegalBasis, Outcomes.Progression, p.BaseProgression)).ToList(),
            ProviderEffects = w.Providers.Select(p => p.Programme.ConditionDisplay is null
                ? new ProviderEffect(Ids.Provider(p.Index), 0, false)
                : new ProviderEffect(Ids.Provider(p.Index), p.Effect, p.Weak)).ToList(),
            Anomalies = w.Providers.SelectMany(p => p.Anomalies.Select(a => new ProviderAnomaly(Ids.Provider(p.Index), a)))
                .OrderBy(a => a.ProviderId, StringComparer.Ordinal).ThenBy(a => a.Kind, StringComparer.Ordinal).ToList(),
            CaseMix = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["perBaselineLevelAbove2"] = 0.15,
                ["age50OrOlder"] = -0.10,
            },
        };
    }
}
