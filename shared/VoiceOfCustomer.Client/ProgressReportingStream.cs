namespace VoiceOfCustomer.Client;

/// <summary>
/// Reads through to <paramref name="source"/> and reports the running total of bytes read,
/// which for an upload is the number of bytes handed to the network. The caller keeps ownership of the source.
/// </summary>
public sealed class ProgressReportingStream(Stream source, IProgress<long> bytesRead) : Stream
{
    private long total;

    public override bool CanRead => true;

    // Not seekable, so HttpClient never rewinds it behind the progress bar's back.
    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(source.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(source.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Counted(await source.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await source.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Counted(int read)
    {
        if (read > 0)
        {
            total += read;
            bytesRead.Report(total);
        }

        return read;
    }
}
