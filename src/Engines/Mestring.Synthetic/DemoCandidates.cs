using Mestring.Registers;
using Mestring.Synthetic.Model;

namespace Mestring.Synthetic;

/// <summary>Picks a few illustrative citizens for the web demo (first in id order, so the choice is stable).</summary>
internal static class DemoCandidates
{
    public static IReadOnlyList<DemoCandidate> Pick(World w, IReadOnlyList<Programme> programmes, HashSet<int> assessed)
    {
        var result = new List<DemoCandidate>();
        var people = w.People;
        var spells = w.Services.Spells;
        void Find(string role, string description, Func<Programme, SimProvider, int, bool> where)
        {
            var best = -1;
            foreach (var s in spells)
            {
                var alive = people.DeathDay[s.Person] < 0 && people.IsResident(s.Person);
                if (alive && s.End >= w.DataEndDay && assessed.Contains(s.Person) && where(programmes[s.Programme], w.Providers[s.Provider], people.Age(s.Person, w.Options.LastYear))
                    && (best < 0 || s.Person < best) && result.All(r => r.PersonId != Ids.Person(s.Person)))
                {
                    best = s.Person;
                }
            }
            if (best >= 0)
            {
                result.Add(new DemoCandidate(role, Ids.Person(best), description));
            }
        }
        Find("adult-sel85-private", "Adult with active §85 support from a private provider, with assessments",
            (p, prov, age) => p.LegalBasis == "SEL-85" && prov.Ownership == Ownership.Private && age >= 23 && prov.Anomalies.Count == 0);
        Find("adult-sel85-public", "Adult with active §85 support from a public provider, with assessments",
            (p, prov, age) => p.LegalBasis == "SEL-85" && prov.Ownership == Ownership.Public && age >= 23);
        Find("adult-sel108", "Adult in a long-term botilbud (§108), with assessments", (p, _, age) => p.LegalBasis == "SEL-108" && age >= 23);
        Find("young-sel107", "Young adult (18–29) in a temporary botilbud (§107)", (p, _, age) => p.LegalBasis == "SEL-107" && age is >= 18 and <= 29);
        Find("child-bl32", "Child whose family receives family treatment (Barnets Lov §32)", (p, _, age) => p.LegalBasis == "BL-32" && age < 18);
        return result;
    }
}
