using MassTransit;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Prioritization.Features.Requests;

namespace VoiceOfCustomer.Prioritization.Features.Accounts;

/// <summary>
/// Keeps Prioritization's copy of the accounts (prioritization_accounts): segments for the queue's filters, ARR for
/// the revenue term. The requests those accounts are behind are scored again, so neither goes stale.
/// </summary>
public sealed class CopyAccountsConsumer(Database database, RequestScores scores, TimeProvider clock) : IConsumer<AccountsUpserted>
{
    private readonly AccountCopy _copy = new(database, "prioritization_accounts");

    public async Task Consume(ConsumeContext<AccountsUpserted> context)
    {
        await _copy.UpsertAsync(context.Message, context.CancellationToken);
        await scores.RescoreAccountsAsync([.. context.Message.Accounts.Select(a => a.AccountId)], clock.GetUtcNow(), context.CancellationToken);
    }
}
