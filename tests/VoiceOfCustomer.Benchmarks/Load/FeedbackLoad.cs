using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

using VoiceOfCustomer.Benchmarks.Hosts;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Benchmarks.Load;

/// <summary>
/// Submits N feedback items through POST /api/feedback with a fixed number of requests in flight. Bodies
/// are made before the clock starts, so the figure is the server's, not the JSON writer's.
/// </summary>
internal sealed class FeedbackLoad
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly byte[][] _bodies;

    public FeedbackLoad(int items, int accounts, string runTag)
    {
        _bodies = new byte[items][];
        for (var i = 0; i < items; i++)
        {
            var (language, text) = SampleFeedback.Texts[i % SampleFeedback.Texts.Count];
            var importance = i % 4;
            var proximity = (i / 4) % 4;
            _bodies[i] = JsonSerializer.SerializeToUtf8Bytes(new
            {
                accountId = SampleFeedback.AccountId(i % accounts),
                contactName = i % 3 == 0 ? null : $"Contact {i % 997}",
                contactEmail = i % 3 == 0 ? null : $"contact{i % 997}@example.com",
                text = $"{text} (#{i})",
                sourceChannel = SampleFeedback.Channels[i % SampleFeedback.Channels.Count],
                csmId = SampleFeedback.CsmId(i),
                csmImportance = importance,
                businessGoal = proximity > 0 ? "Close the books two days earlier" : null,
                goalProximity = proximity,
                language,
                occurredAt = SampleFeedback.OccurredAt(i),
                idempotencyKey = $"bench-{runTag}-{i}",
            });
        }
    }

    public int Items => _bodies.Length;

    /// <summary>Client-side figures of one load: accepted count, wall time, per-request latency (ms, sorted).</summary>
    public sealed record Outcome(int Accepted, int Failed, TimeSpan Elapsed, double[] RequestMs, string? FirstFailure);

    public async Task<Outcome> SubmitAsync(HttpClient client, int concurrency, CancellationToken cancellationToken)
    {
        var requestMs = new double[_bodies.Length];
        var accepted = 0;
        var failed = 0;
        string? firstFailure = null;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < _bodies.Length)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(_bodies[i]);
                content.Headers.ContentType = Json;
                using var response = await client.PostAsync(new Uri("/api/feedback", UriKind.Relative), content, cancellationToken);
                requestMs[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    firstFailure ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        Array.Sort(requestMs);
        return new Outcome(accepted, failed, elapsed, requestMs, firstFailure);
    }

    /// <summary>A client of the target acting as a test user of <paramref name="role"/>.</summary>
    public static HttpClient Client(IBenchmarkTarget target, string role, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(target);
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = target.Ingestion,
            Timeout = TimeSpan.FromMinutes(30),
        };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, target.ApiKey(role));
        return client;
    }
}
