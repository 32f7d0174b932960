using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Prioritization.Features.Accounts;

/// <summary>Keeps Prioritization's copy of the accounts (prioritization_accounts): segments for the queue's filters, ARR for the revenue term.</summary>
public sealed class CopyAccountsConsumer(Database database) : IConsumer<AccountsUpserted>
{
    private readonly AccountCopy _copy = new(database, "prioritization_accounts");

    public Task Consume(ConsumeContext<AccountsUpserted> context) => _copy.UpsertAsync(context.Message, context.CancellationToken);
}
