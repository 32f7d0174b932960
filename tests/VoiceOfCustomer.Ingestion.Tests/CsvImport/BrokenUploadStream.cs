using System.Text;

namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

/// <summary>An upload that delivers some bytes a few at a time, then fails, ends, or waits for a client that is gone.</summary>
public sealed class BrokenUploadStream(string text, Exception? error) : Stream
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);
    private int _position;

    public bool WaitAtEnd { get; init; }

    public int BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _bytes.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Uploads are read asynchronously.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position == _bytes.Length)
        {
            if (error is not null)
            {
                throw error;
            }

            if (WaitAtEnd)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return 0;
        }

        // A few bytes at a time, as a network delivers them.
        var count = Math.Min(Math.Min(buffer.Length, 64), _bytes.Length - _position);
        _bytes.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
