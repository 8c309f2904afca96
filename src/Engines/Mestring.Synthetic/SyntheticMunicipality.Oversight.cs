using Mestring.Registers;
using Mestring.Synthetic.Model;

namespace Mestring.Synthetic;

public sealed partial class SyntheticMunicipality
{
    private InvoicePlan _plan = new();
    private long _invoiceCount = -1;

    /// <summary>
    /// invoices.csv rows in canonical order: every spell billed month by month (one line per calendar month, dated the
    /// period's last day) exactly as ordered — units = units_per_week × days / 7, amount = units × unit price — except
    /// where an anomaly is planted (days after the end, units above the order, billing without an order).
    /// </summary>
    public IEnumerable<InvoiceRow> Invoices()
    {
        var next = 0;
        for (var i = 0; i < _spells.Count; i++)
        {
            var s = _spells[i];
            var last = Math.Min(s.End + _plan.ExtraDays.GetValueOrDefault(i), _dataEnd);
            var factor = _plan.UnitFactor.GetValueOrDefault(i, 1m);
            foreach (var row in Monthly(s.Start, last, Ids.Person(s.Person), _providers[s.Provider].ProviderId, Ids.Service(i), UnitOf(s), s.UnitsPerWeek * factor, s.Price, () => next++))
            {
                yield return row;
            }
        }
        foreach (var p in _plan.Phantoms)
        {
            foreach (var row in Monthly(p.Start, Math.Min(p.End, _dataEnd), Ids.Person(p.Person), _providers[p.Provider].ProviderId, null, p.Unit, p.UnitsPerWeek, p.Price, () => next++))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<InvoiceRow> Monthly(
        int start, int last, string person, string provider, string? service, ServiceUnit unit, decimal perWeek, decimal price, Func<int> nextId)
    {
        var from = DateOnly.FromDayNumber(start);
        while (from.DayNumber <= last)
        {
            var monthEnd = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
            var to = monthEnd.DayNumber <= last ? monthEnd : DateOnly.FromDayNumber(last);
            var days = to.DayNumber - from.DayNumber + 1;
            var units = Math.Round(perWeek * days / 7m, 2);
            yield return new InvoiceRow(Ids.Invoice(nextId()), provider, person, service, from, to, unit, units, Math.Round(units * price, 2), to);
            from = to.AddDays(1);
        }
    }

    /// <summary>supervision_assessments.csv rows in canonical order (provider, date, theme).</summary>
    public IEnumerable<SupervisionAssessmentRow> SupervisionAssessments()
    {
        foreach (var v in _plan.Visits.OrderBy(v => v.Provider).ThenBy(v => v.Day))
        {
            var date = DateOnly.FromDayNumber(v.Day);
            var rows = new List<SupervisionAssessmentRow>();
            for (var t = 0; t < 7; t++)
            {
                if (v.Scores[t] is { } score)
                {
                    rows.Add(new SupervisionAssessmentRow(_providers[v.Provider].ProviderId, date, SupervisionThemes.Codes[t], score));
                }
            }
            foreach (var row in rows.OrderBy(r => r.Theme, StringComparer.Ordinal))
            {
                yield return row;
            }
        }
    }

    private long InvoiceCount()
    {
        if (_invoiceCount < 0)
        {
            long n = 0;
            foreach (var _ in Invoices())
            {
                n++;
            }
            _invoiceCount = n;
        }
        return _invoiceCount;
    }
}

/// <summary>The codes of the seven socialtilsyn themes (as in supervision_assessments.csv), in the order of providers.csv's columns.</summary>
public static class SupervisionThemes
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "education_employment", "independence_relations", "target_group_methods_results", "health_wellbeing",
        "organisation_management", "competences", "physical_setting",
    ];
}
