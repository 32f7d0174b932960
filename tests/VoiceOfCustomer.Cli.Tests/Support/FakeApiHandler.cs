namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>Stands in for the API: reads each request body as a server would, then gives the scripted answer.</summary>
public sealed class FakeApiHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    private const int ServerReadSize = 16 * 1024;

    private long bodyBytesRead;

    public List<ReceivedRequest> Requests { get; } = [];

    public long BodyBytesRead => Interlocked.Read(ref bodyBytesRead);

    public static FakeApiHandler Answering(HttpResponseMessage response) => new(_ => response);

    public static FakeApiHandler Unreachable() =>
        new(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (voc.test:80)"));

    public static FakeApiHandler BreakingTheConnection() =>
        new(_ => throw new HttpRequestException(
            "Error while copying content to a stream.", new IOException("Unable to write data to the transport connection: Broken pipe.")));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        long bodyLength = 0;
        if (request.Content is not null)
        {
            await using var body = await request.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[ServerReadSize];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                bodyLength += read;
                Interlocked.Add(ref bodyBytesRead, read);
            }
        }

        Requests.Add(new ReceivedRequest(
            request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, bodyLength));
        return answer(request);
    }
}
