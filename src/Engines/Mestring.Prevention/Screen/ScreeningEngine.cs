using System.Buffers;
using Mestring.Prevention.Population;

namespace Mestring.Prevention.Screen;

/// <summary>The columnar evaluation shared by per-person screening and aggregates-only screening.</summary>
internal static class ScreeningEngine
{
    /// <summary>Unknown family income.</summary>
    internal const long NoIncome = long.MinValue;

    // The bits of the family-factor mask; event indicators follow from BitLowIncome + 1.
    internal const int BitBenefits = 0;
    internal const int BitNotBoth = 1;
    internal const int BitLowEducation = 2;
    internal const int BitLowIncome = 3;

    public static ScreenedColumns Evaluate(ScreeningFrame frame)
    {
        BuildHouseholds(frame);
        var children = SelectChildrenAndThreshold(frame);
        var n = children.Length;
        var mask = new uint[n];
        var notEvaluated = new uint[n];
        var familyIncome = new long[n];
        for (var i = 0; i < n; i++)
        {
            EvaluateChild(frame, children[i], out mask[i], out notEvaluated[i], out familyIncome[i]);
        }

        return new ScreenedColumns(children, mask, notEvaluated, familyIncome);
    }

    /// <summary>
    /// One pass over all persons: income and benefit of each household's family adults (18+, except home-living
    /// children under 25 — DST's family concept counts them as children, not providers).
    /// </summary>
    private static void BuildHouseholds(ScreeningFrame frame)
    {
        var pop = frame.Pop;
        var years = pop.YearCount;
        var ys = frame.YearIndex;
        var h = pop.HouseholdCount;
        var income = new long[h];
        var known = new bool[h];
        var member = new int[h];
        Array.Fill(member, -1);

        var adultCut = frame.Jan1.AddYears(-18).DayNumber;
        var youngCut = frame.Jan1.AddYears(-25).DayNumber;
        var household = pop.HouseholdAt;
        var birth = pop.Birth;
        var death = pop.Death;
        var mother = pop.MotherOf;
        var father = pop.FatherOf;
        var incomes = pop.IncomeAt;
        var benefits = pop.BenefitAt;
        var jan1 = frame.Jan1Day;
        for (var p = 0; p < birth.Length; p++)
        {
            var s = (p * years) + ys;
            var hh = household[s];
            var b = birth[p];
            if (hh < 0 || b > adultCut || death[p] < jan1)
            {
                continue;
            }

            if (b > youngCut)
            {
                var m = mother[p];
                var f = father[p];
                if ((m >= 0 && household[(m * years) + ys] == hh) || (f >= 0 && household[(f * years) + ys] == hh))
                {
                    continue;
                }
            }

            var inc = incomes[s];
            if (inc != PopulationColumns.UnknownIncome)
            {
                income[hh] += inc;
                known[hh] = true;
            }

            if (member[hh] < 0 && frame.IsCountedBenefit(benefits[s]))
            {
                member[hh] = p;
            }
        }

        frame.HouseholdIncome = income;
        frame.HouseholdIncomeKnown = known;
        frame.HouseholdBenefitMember = member;
    }

    /// <summary>One pass selecting the screened children and collecting each reference family's income once.</summary>
    private static int[] SelectChildrenAndThreshold(ScreeningFrame frame)
    {
        var pop = frame.Pop;
        var o = frame.Options;
        var asOf = o.AsOf;
        var screenHi = asOf.AddYears(-o.MinAge).DayNumber;
        var screenLo = asOf.AddYears(-(o.MaxAge + 1)).DayNumber;
        var refHi = asOf.AddYears(-o.IncomeReferenceMinAge).DayNumber;
        var refLo = asOf.AddYears(-(o.IncomeReferenceMaxAge + 1)).DayNumber;
        var birth = pop.Birth;
        var death = pop.Death;
        var household = pop.HouseholdAt;
        var years = pop.YearCount;
        var ys = frame.YearIndex;
        var asOfDay = frame.AsOfDay;
        var hhKnown = frame.HouseholdIncomeKnown;
        var hhIncome = frame.HouseholdIncome;
        var seen = new bool[pop.HouseholdCount];

        var n = birth.Length;
        var childBuffer = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        var familyBuffer = ArrayPool<long>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var children = 0;
            var families = 0;
            for (var p = 0; p < n; p++)
            {
                var b = birth[p];
                if (death[p] <= asOfDay || (b > screenHi && b > refHi))
                {
                    continue;
                }

                if (b <= screenHi && b > screenLo)
                {
                    childBuffer[children++] = p;
                }

                if (b <= refHi && b > refLo)
                {
                    var hh = household[(p * years) + ys];
                    if (hh >= 0 && hhKnown[hh])
                    {
                        if (!seen[hh])
                        {
                            seen[hh] = true;
                            familyBuffer[families++] = hhIncome[hh];
                        }
                    }
                    else
                    {
                        var v = ParentsIncome(frame, p);
                        if (v != NoIncome)
                        {
                            familyBuffer[families++] = v;
                        }
                    }
                }
            }

            frame.FamilyCount = families;
            frame.HasIncomeThreshold = families > 0;
            if (families > 0)
            {
                // Nearest-rank quantile: the k-th smallest family income, k = ⌈share · families⌉.
                var k = (int)Math.Ceiling((o.LowIncomeShare * families) - 1e-9);
                frame.IncomeThreshold = QuickSelect.KthSmallest(familyBuffer.AsSpan(0, families), Math.Max(k, 1) - 1);
            }

            return childBuffer.AsSpan(0, children).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(childBuffer);
            ArrayPool<long>.Shared.Return(familyBuffer);
        }
    }

    internal static long FamilyIncome(ScreeningFrame frame, int child, out int household)
    {
        household = frame.Pop.HouseholdAt[(child * frame.Pop.YearCount) + frame.YearIndex];
        return household >= 0 && frame.HouseholdIncomeKnown[household]
            ? frame.HouseholdIncome[household]
            : ParentsIncome(frame, child);
    }

    /// <summary>Fallback family income: the sum of the known parents' incomes, or <see cref="NoIncome"/>.</summary>
    internal static long ParentsIncome(ScreeningFrame frame, int child)
    {
        var pop = frame.Pop;
        long sum = 0;
        var any = false;
        var m = pop.MotherOf[child];
        if (m >= 0 && pop.IncomeAt[(m * pop.YearCount) + frame.YearIndex] is var mi && mi != PopulationColumns.UnknownIncome)
        {
            sum += mi;
            any = true;
        }

        var f = pop.FatherOf[child];
        if (f >= 0 && pop.IncomeAt[(f * pop.YearCount) + frame.YearIndex] is var fi && fi != PopulationColumns.UnknownIncome)
        {
            sum += fi;
            any = true;
        }

        return any ? sum : NoIncome;
    }

    private static void EvaluateChild(ScreeningFrame frame, int c, out uint mask, out uint notEvaluated, out long familyIncome)
    {
        var pop = frame.Pop;
        var years = pop.YearCount;
        var ys = frame.YearIndex;
        var household = pop.HouseholdAt;
        var m = pop.MotherOf[c];
        var f = pop.FatherOf[c];
        var h = household[(c * years) + ys];
        mask = 0;
        notEvaluated = 0;

        if (BenefitMember(frame, c) >= 0)
        {
            mask |= 1u << BitBenefits;
        }

        if (h < 0)
        {
            notEvaluated |= 1u << BitNotBoth;
        }
        else
        {
            var jan1 = frame.Jan1Day;
            var both = m >= 0 && f >= 0 && pop.Death[m] >= jan1 && pop.Death[f] >= jan1
                && household[(m * years) + ys] == h && household[(f * years) + ys] == h;
            if (!both)
            {
                mask |= 1u << BitNotBoth;
            }
        }

        switch (LowEducation(frame, c))
        {
            case true:
                mask |= 1u << BitLowEducation;
                break;
            case null:
                notEvaluated |= 1u << BitLowEducation;
                break;
        }

        familyIncome = FamilyIncome(frame, c, out _);
        if (familyIncome == NoIncome || !frame.HasIncomeThreshold)
        {
            notEvaluated |= 1u << BitLowIncome;
        }
        else if (familyIncome <= frame.IncomeThreshold)
        {
            mask |= 1u << BitLowIncome;
        }

        for (var k = 0; k < frame.Indicators.Length; k++)
        {
            if (IndicatorTotal(frame, c, k) >= frame.Indicators[k].MinimumTotal)
            {
                mask |= 1u << (BitLowIncome + 1 + k);
            }
        }
    }

    /// <summary>The family member on a counted benefit: mother, else father, else a family adult of the household; -1 if none.</summary>
    internal static int BenefitMember(ScreeningFrame frame, int c)
    {
        var pop = frame.Pop;
        var years = pop.YearCount;
        var ys = frame.YearIndex;
        var m = pop.MotherOf[c];
        if (m >= 0 && frame.IsCountedBenefit(pop.BenefitAt[(m * years) + ys]))
        {
            return m;
        }

        var f = pop.FatherOf[c];
        if (f >= 0 && frame.IsCountedBenefit(pop.BenefitAt[(f * years) + ys]))
        {
            return f;
        }

        var h = pop.HouseholdAt[(c * years) + ys];
        return h >= 0 ? frame.HouseholdBenefitMember[h] : -1;
    }

    /// <summary>true = low, false = not low, null = not evaluated (see <see cref="UnknownEducationPolicy"/>).</summary>
    internal static bool? LowEducation(ScreeningFrame frame, int c)
    {
        var m = frame.Pop.MotherOf[c];
        var f = frame.Pop.FatherOf[c];
        var em = frame.EducationUpTo(m);
        var ef = frame.EducationUpTo(f);
        if (em < 0 && ef < 0)
        {
            return null;
        }

        if (frame.Options.UnknownEducation == UnknownEducationPolicy.RequireAllKnown
            && ((m >= 0 && em < 0) || (f >= 0 && ef < 0)))
        {
            return null;
        }

        // An unknown level (-1) is ≤ 2 and so neither blocks nor triggers the factor on its own.
        return em <= 2 && ef <= 2;
    }

    internal static double IndicatorTotal(ScreeningFrame frame, int c, int k)
    {
        var type = frame.IndicatorType[k];
        if (type < 0)
        {
            return 0;
        }

        var pop = frame.Pop;
        var first = frame.WindowFirst[k];
        var last = frame.WindowLast[k];
        double total = 0;
        for (var e = pop.EvStart[c]; e < pop.EvStart[c + 1]; e++)
        {
            var day = pop.EvDay[e];
            if (day > last)
            {
                break;
            }

            if (day >= first && pop.EvType[e] == type)
            {
                total += pop.EvQuantity[e];
            }
        }

        return total;
    }
}

/// <summary>Per screened child: person index, factor mask, not-evaluated mask and family income.</summary>
internal sealed record ScreenedColumns(int[] Children, uint[] Mask, uint[] NotEvaluated, long[] FamilyIncome);
