using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Review.Features.Accounts;

/// <summary>Keeps Review's copy of each account's segment attributes (review_accounts).</summary>
public sealed class CopyAccountSegmentsConsumer(Database database) : IConsumer<AccountsUpserted>
{
    private readonly AccountCopy _copy = new(database, "review_accounts");

    public Task Consume(ConsumeContext<AccountsUpserted> context) => _copy.UpsertAsync(context.Message, context.CancellationToken);
}
