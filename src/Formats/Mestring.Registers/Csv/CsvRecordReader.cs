using System.Text;
using System.Text.Unicode;

namespace Mestring.Registers.Csv;

/// <summary>
/// Splits a UTF-8 byte stream into CSV records (RFC 4180 quoting, LF or CRLF line ends) without decoding it first,
/// so that invalid UTF-8 is pinned to the exact line and column: bytes are validated per record, and the
/// field that holds the bad sequence names the column. Quotes and separators are ASCII, so splitting bytes is safe.
/// </summary>
internal sealed class CsvRecordReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _file;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _pos;
    private int _len;
    private bool _eof;
    private bool _started;
    private int _nextLine = 1;

    private byte[] _record = new byte[1024];
    private int _recordLength;
    private int[] _starts = new int[32];
    private int[] _ends = new int[32];
    private char[] _chars = new char[256];

    public CsvRecordReader(Stream stream, string file)
    {
        _stream = stream;
        _file = file;
    }

    /// <summary>The line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Names fields in errors (set once the header is known).</summary>
    public IReadOnlyList<string>? ColumnNames { get; set; }

    /// <summary>Reads the next record; false at the end of the stream.</summary>
    public bool Read()
    {
        if (!_started)
        {
            _started = true;
            SkipBom();
        }
        if (!EnsureByte())
        {
            return false;
        }
        Line = _nextLine;
        _recordLength = 0;
        FieldCount = 0;
        while (true)
        {
            var start = _recordLength;
            var terminator = EnsureByte() && PeekByte() == (byte)'"' ? ReadQuotedField() : ReadUnquotedField();
            AddField(start, _recordLength);
            if (terminator != (byte)',')
            {
                _nextLine++;
                break;
            }
        }
        ValidateUtf8();
        return true;
    }

    /// <summary>The decoded characters of a field (valid until the next call).</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var bytes = _record.AsSpan(_starts[index], _ends[index] - _starts[index]);
        if (bytes.Length > _chars.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }
        var n = StrictUtf8.GetChars(bytes, _chars);
        return _chars.AsSpan(0, n);
    }

    /// <summary>A field as a string.</summary>
    public string FieldString(int index) => new(Field(index));

    private void ValidateUtf8()
    {
        if (Utf8.IsValid(_record.AsSpan(0, _recordLength)))
        {
            return;
        }
        for (var i = 0; i < FieldCount; i++)
        {
            var bytes = _record.AsSpan(_starts[i], _ends[i] - _starts[i]);
            if (!Utf8.IsValid(bytes))
            {
                Exception? inner = null;
                try
                {
                    StrictUtf8.GetCharCount(bytes);
                }
                catch (DecoderFallbackException e)
                {
                    inner = e;
                }
                var error = new RegisterError(_file, Line, ColumnName(i), "invalid UTF-8 byte sequence") { Kind = RegisterErrorKind.InvalidUtf8 };
                throw inner is null ? new RegisterFormatException(error) : new RegisterFormatException(error, inner);
            }
        }
    }

    private string? ColumnName(int field) =>
        ColumnNames is { } names ? (field < names.Count ? names[field] : null) : Line == 1 ? "(header)" : null;

    private byte ReadUnquotedField()
    {
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                return (byte)'\n';
            }
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var stop = span.IndexOfAny((byte)',', (byte)'\n', (byte)'"');
            if (stop < 0)
            {
                Append(span);
                _pos = _len;
                continue;
            }
            Append(span[..stop]);
            var b = span[stop];
            _pos += stop + 1;
            if (b == (byte)'"')
            {
                throw Malformed(FieldCount, "'\"' inside an unquoted field");
            }
            if (b == (byte)'\n' && _recordLength > 0 && _record[_recordLength - 1] == (byte)'\r')
            {
                _recordLength--;
            }
            return b;
        }
    }

    private byte ReadQuotedField()
    {
        _pos++; // the opening quote
        var field = FieldCount;
        var lines = 0;
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                throw Malformed(field, "unterminated quoted field");
            }
            var b = _buffer[_pos++];
            if (b != (byte)'"')
            {
                if (b == (byte)'\n')
                {
                    lines++;
                }
                AppendByte(b);
                continue;
            }
            if (_pos >= _len && !Fill())
            {
                _nextLine += lines;
                return (byte)'\n';
            }
            var next = _buffer[_pos];
            if (next == (byte)'"')
            {
                AppendByte((byte)'"');
                _pos++;
                continue;
            }
            _pos++;
            _nextLine += lines;
            if (next == (byte)',' || next == (byte)'\n')
            {
                return next;
            }
            if (next == (byte)'\r' && EnsureByte() && _buffer[_pos] == (byte)'\n')
            {
                _pos++;
                return (byte)'\n';
            }
            throw Malformed(field, "unexpected character after a closing '\"'");
        }
    }

    private RegisterFormatException Malformed(int field, string reason) =>
        new(new RegisterError(_file, Line, ColumnName(field), reason) { Kind = RegisterErrorKind.Malformed });

    private void AddField(int start, int end)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
        }
        _starts[FieldCount] = start;
        _ends[FieldCount] = end;
        FieldCount++;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_recordLength + bytes.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + bytes.Length));
        }
        bytes.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += bytes.Length;
    }

    private void AppendByte(byte b)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }
        _record[_recordLength++] = b;
    }

    private byte PeekByte() => _buffer[_pos];

    private bool EnsureByte() => _pos < _len || Fill();

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }
        _pos = 0;
        _len = 0;
        while (_len == 0)
        {
            var n = _stream.Read(_buffer, 0, _buffer.Length);
            if (n == 0)
            {
                _eof = true;
                return false;
            }
            _len = n;
        }
        return true;
    }

    private void SkipBom()
    {
        // A BOM is tolerated on input (Excel writes one); the canonical writer never emits it.
        while (_len < 3 && !_eof)
        {
            var n = _stream.Read(_buffer, _len, _buffer.Length - _len);
            if (n == 0)
            {
                _eof = true;
                break;
            }
            _len += n;
        }
        if (_len >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _pos = 3;
        }
    }
}
