namespace VoiceOfCustomer.Review.Features.Reports;

/// <summary>
/// The doorbell between what changes the reports (decisions, accounts, feedback) and the refresher: many rings
/// before the refresher wakes count as one, which is what debounces the recompute.
/// </summary>
public sealed class ReportsRefresh : IDisposable
{
    private readonly SemaphoreSlim _ring = new(0, 1);

    public void Request()
    {
        try
        {
            _ring.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung: the refresher will read everything new when it wakes.
        }
    }

    /// <summary>Waits for a ring, or the timeout (the refresher also polls, for decisions recorded by other copies of Review).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _ring.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _ring.Dispose();
}
