using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace VoiceOfCustomer.Ingestion.Features.CsvImport;

/// <summary>The records of a CSV body, with the line each ends on and whether it was malformed.</summary>
internal sealed class CsvSource : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvParser _parser;
    private bool _badLine;

    /// <summary>Reads <paramref name="csv"/>; <paramref name="stopped"/> cancels a read waiting for the client (the parser itself takes no token).</summary>
    public CsvSource(Stream csv, CancellationToken stopped)
    {
        _reader = new StreamReader(new CancellableStream(csv, stopped), detectEncodingFromByteOrderMarks: true);
        _parser = new CsvParser(_reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => _badLine = true,
            DetectDelimiter = false,
            CountBytes = false,
        });
    }

    /// <summary>The line the last record read ends on (a quoted field can span lines).</summary>
    public int LastLine => _parser.RawRow;

    public string[] Record => _parser.Record ?? [];

    public Task<bool> ReadAsync() => _parser.ReadAsync();

    /// <summary>Whether the last record read was not valid CSV; asking clears it.</summary>
    public bool TakeBadLine()
    {
        var bad = _badLine;
        _badLine = false;
        return bad;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    /// <summary>Gives every read the import's token, so a writer that failed can stop a reader waiting on a slow upload.</summary>
    private sealed class CancellableStream(Stream inner, CancellationToken stopped) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken.CanBeCanceled ? cancellationToken : stopped);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
