using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Ingestion.Features.Accounts;
using VoiceOfCustomer.Ingestion.Features.Feedback;

namespace VoiceOfCustomer.AllInOne.Demo;

/// <summary>
/// With --demo: fills an empty database with the demo customer base and feedback, through the same
/// writers as the API, so every item travels the whole pipeline. A database that has accounts is left alone.
/// </summary>
internal sealed class DemoSeeder(
    Database database, AccountWriter accounts, FeedbackWriter feedback, DemoTriage triage, IOptions<IngestionOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime, IServer server, ILogger<DemoSeeder> logger) : BackgroundService
{
    public const int AccountCount = 300;
    public const int FeedbackCount = 3_000;
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitForStartAsync(stoppingToken);
        await using (var connection = await database.OpenAsync(stoppingToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM ingestion_accounts", cancellationToken: stoppingToken)) > 0)
            {
                logger.LogInformation("Demo: the database already has accounts; nothing seeded");
                return;
            }
        }

        var now = clock.GetUtcNow();
        var customerBase = DemoData.Accounts(AccountCount);
        foreach (var chunk in customerBase.Chunk(BatchSize))
        {
            await using var work = await database.BeginAsync(stoppingToken);
            await accounts.WriteAsync(work, chunk, now, stoppingToken);
            await work.CommitAsync(stoppingToken);
        }

        accounts.Announce();
        var english = customerBase.Where(a => a.Language == "en").Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        var items = new List<DemoItem>(FeedbackCount);
        foreach (var chunk in DemoData.Feedback(customerBase, FeedbackCount, now).Chunk(BatchSize))
        {
            await using var work = await database.BeginAsync(stoppingToken);
            foreach (var (topic, input) in chunk)
            {
                var item = Validated(input, now);
                if (await feedback.WriteAsync(work, item, importJobId: null, now, stoppingToken) is { } feedbackId)
                {
                    items.Add(new DemoItem(feedbackId, topic, item.CsmId, english.Contains(item.AccountId), item.CsmImportance, item.OccurredAt));
                }
            }

            await work.CommitAsync(stoppingToken);
            feedback.Announce();
        }

        await triage.DecideAsync(items, stoppingToken);

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        logger.LogInformation(
            "Demo: seeded {Accounts} accounts and {Feedback} feedback items in {Languages} languages; open {Address}/ and sign in with a demo user",
            customerBase.Count, FeedbackCount, DemoLanguages.All.Count, address);
    }

    private NewFeedback Validated(FeedbackInput input, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        return FeedbackRules.Validate(input, options.Value.MaxTextLength, now, errors)
            ?? throw new InvalidOperationException($"Demo item is invalid: {string.Join("; ", errors.All.Select(e => $"{e.Field}: {e.Message}"))}");
    }

    private Task WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
