namespace VoiceOfCustomer.Prioritization.Features.Requests;

/// <summary>Where a request stands. Declined needs a reason.</summary>
public static class RequestStatuses
{
    public static IReadOnlyList<string> All { get; } = ["underReview", "planned", "inProgress", "shipped", "declined"];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);
}
