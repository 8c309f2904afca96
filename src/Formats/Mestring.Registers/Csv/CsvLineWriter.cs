using System.Globalization;

namespace Mestring.Registers.Csv;

/// <summary>
/// Formats one canonical CSV line: invariant numbers without exponent or trailing zeros, ISO dates, quoting only
/// where RFC 4180 needs it, '\n' line ends — so that writing what was read gives the same bytes.
/// </summary>
internal sealed class CsvLineWriter(TextWriter writer)
{
    private char[] _line = new char[512];
    private int _length;
    private bool _first = true;

    public void EndLine()
    {
        Reserve(1);
        _line[_length++] = '\n';
        writer.Write(_line, 0, _length);
        _length = 0;
        _first = true;
    }

    public void String(string? value)
    {
        Separator();
        if (value is null)
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            Append(value);
            return;
        }
        Reserve(value.Length * 2 + 2);
        _line[_length++] = '"';
        foreach (var c in value)
        {
            if (c == '"')
            {
                _line[_length++] = '"';
            }
            _line[_length++] = c;
        }
        _line[_length++] = '"';
    }

    public void Date(DateOnly? value)
    {
        Separator();
        if (value is not { } d)
        {
            return;
        }
        Reserve(10);
        WriteDigits(d.Year, 4);
        _line[_length++] = '-';
        WriteDigits(d.Month, 2);
        _line[_length++] = '-';
        WriteDigits(d.Day, 2);
    }

    public void Int(int? value)
    {
        Separator();
        if (value is { } v)
        {
            Reserve(11);
            v.TryFormat(_line.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
        }
    }

    public void Decimal(decimal? value)
    {
        Separator();
        if (value is { } v)
        {
            Reserve(32);
            Canonical(v).TryFormat(_line.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
        }
    }

    public void Bool(bool? value)
    {
        Separator();
        if (value is { } v)
        {
            Append(v ? "true" : "false");
        }
    }

    /// <summary>Removes trailing zeros (1250.00 → 1250) so the text does not depend on a database's stored scale.</summary>
    public static decimal Canonical(decimal value) => value == 0m ? 0m : value / 1.0000000000000000000000000000m;

    private void WriteDigits(int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            _line[_length + i] = (char)('0' + (value % 10));
            value /= 10;
        }
        _length += width;
    }

    private void Separator()
    {
        if (_first)
        {
            _first = false;
            return;
        }
        Reserve(1);
        _line[_length++] = ',';
    }

    private void Append(string s)
    {
        Reserve(s.Length);
        s.CopyTo(_line.AsSpan(_length));
        _length += s.Length;
    }

    private void Reserve(int n)
    {
        if (_length + n > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _length + n));
        }
    }
}
