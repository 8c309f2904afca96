using Mestring.Prevention.Population;
using System.Numerics;
using Mestring.Prevention.Factors;

namespace Mestring.Prevention.Screen;

/// <summary>
/// Columnar screening result: row i is one screened child. Factor bit b of <see cref="FactorMask"/> refers to
/// <see cref="Factors"/>[b] (bits 0–3 the family factors, then the enabled indicators). Per-person details are
/// materialised only on request through <see cref="Explain"/>.
/// </summary>
public sealed class ScreeningResult
{
    private readonly ScreeningFrame _frame;
    private readonly ScreenedColumns _columns;
    private readonly byte[] _score;
    private readonly Tier[] _tier;

    internal ScreeningResult(ScreeningFrame frame, ScreenedColumns columns)
    {
        _frame = frame;
        _columns = columns;
        var n = columns.Children.Length;
        _score = new byte[n];
        _tier = new Tier[n];
        var tiers = frame.Options.Tiers;
        for (var i = 0; i < n; i++)
        {
            var score = BitOperations.PopCount(columns.Mask[i]);
            _score[i] = (byte)score;
            _tier[i] = tiers.Of(score);
        }
    }

    /// <summary>The as-of date of the run.</summary>
    public DateOnly AsOf => _frame.Options.AsOf;

    /// <summary>The register year the factors were evaluated for.</summary>
    public int ReferenceYear => _frame.ReferenceYear;

    /// <summary>The options of the run.</summary>
    public ScreeningOptions Options => _frame.Options;

    /// <summary>The population screened.</summary>
    public PopulationColumns Population => _frame.Pop;

    /// <summary>Number of screened children.</summary>
    public int Count => _columns.Children.Length;

    /// <summary>Definitions by mask bit.</summary>
    public IReadOnlyList<FactorDefinition> Factors => _frame.Factors;

    /// <summary>Person index (into the population) per row.</summary>
    public ReadOnlySpan<int> PersonIndex => _columns.Children;

    /// <summary>Factor bitmask per row.</summary>
    public ReadOnlySpan<uint> FactorMask => _columns.Mask;

    /// <summary>Bitmask of factors that could not be evaluated for lack of data, per row.</summary>
    public ReadOnlySpan<uint> NotEvaluatedMask => _columns.NotEvaluated;

    /// <summary>Score per row: the number of factors present (each family factor and each enabled indicator counts 1).</summary>
    public ReadOnlySpan<byte> Score => _score;

    /// <summary>Tier per row.</summary>
    public ReadOnlySpan<Tier> Tier => _tier;

    /// <summary>The low-income threshold (DKK, inclusive), or null when no family had a known income.</summary>
    public long? LowIncomeThreshold => _frame.HasIncomeThreshold ? _frame.IncomeThreshold : null;

    /// <summary>Number of families (counted once each) in the income distribution.</summary>
    public int IncomeReferenceFamilies => _frame.FamilyCount;

    /// <summary>The pseudonymous id of row <paramref name="row"/>.</summary>
    public string PersonId(int row) => _frame.Pop.PersonId(_columns.Children[row]);

    /// <summary>The keys of the factors present in row <paramref name="row"/>, in bit order.</summary>
    public IReadOnlyList<string> FactorKeysOf(int row) => KeysOf(_columns.Mask[row]);

    /// <summary>The keys in a mask, in bit order.</summary>
    public IReadOnlyList<string> KeysOf(uint mask)
    {
        var keys = new List<string>(BitOperations.PopCount(mask));
        for (var b = 0; b < _frame.Factors.Length; b++)
        {
            if ((mask & (1u << b)) != 0)
            {
                keys.Add(_frame.Factors[b].Key);
            }
        }

        return keys;
    }

    /// <summary>The mask bit of a factor key in this run, or -1 when the factor is not part of it.</summary>
    public int BitOf(string key)
    {
        for (var b = 0; b < _frame.Factors.Length; b++)
        {
            if (string.Equals(_frame.Factors[b].Key, key, StringComparison.Ordinal))
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>The row of a person index, or -1 when that person was not screened.</summary>
    public int RowOf(int personIndex) => Array.BinarySearch(_columns.Children, personIndex) is var r && r >= 0 ? r : -1;

    /// <summary>The data behind every factor of row <paramref name="row"/> (computed on demand).</summary>
    public ChildExplanation Explain(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return ScreeningExplainer.Explain(
            _frame, _columns.Children[row], _columns.Mask[row], _columns.NotEvaluated[row], _columns.FamilyIncome[row],
            _score[row], _tier[row]);
    }

    internal uint[] MaskArray => _columns.Mask;
}
