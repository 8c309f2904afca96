using System.Text;

namespace Mestring.Registers.Csv;

/// <summary>Presents already-decoded text as a UTF-8 byte stream, so one parser serves both streams and text readers.</summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(false, false).GetEncoder();
    private readonly char[] _chars = new char[8192];
    private byte[] _pending = [];
    private int _pendingPos;
    private bool _done;

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_pendingPos >= _pending.Length)
        {
            if (_done)
            {
                return 0;
            }
            var n = reader.Read(_chars, 0, _chars.Length);
            _done = n == 0;
            var bytes = new byte[_encoder.GetByteCount(_chars, 0, n, flush: _done)];
            _encoder.GetBytes(_chars, 0, n, bytes, 0, flush: _done);
            _pending = bytes;
            _pendingPos = 0;
        }
        var take = Math.Min(count, _pending.Length - _pendingPos);
        Array.Copy(_pending, _pendingPos, buffer, offset, take);
        _pendingPos += take;
        return take;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
