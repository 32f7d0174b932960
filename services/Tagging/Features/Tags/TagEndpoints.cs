using System.Text.Json;
using Dapper;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Tagging.Features.TagFeedback;

namespace VoiceOfCustomer.Tagging.Features.Tags;

/// <summary>GET /api/tags/{feedbackId}: every tag of an item with its confidence and why, and the corrections made since.</summary>
public static class TagEndpoints
{
    private const string Item = "SELECT tagged_at AS TaggedAt, tags_json AS TagsJson FROM tagging_items WHERE feedback_id = @FeedbackId";

    private const string Corrections = """
        SELECT correction_id AS CorrectionId, corrected_by AS CorrectedBy, corrected_at AS CorrectedAt, kinds AS Kinds, area_id AS AreaId,
               theme_id AS ThemeId, sentiment AS Sentiment
        FROM tagging_corrections WHERE feedback_id = @FeedbackId ORDER BY corrected_at, correction_id
        """;

    public static async Task<IResult> GetAsync(Guid feedbackId, Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var item = await connection.QuerySingleOrDefaultAsync<ItemRow>(new CommandDefinition(Item, new { FeedbackId = feedbackId }, cancellationToken: cancellationToken));
        if (item?.TagsJson is null)
        {
            var errors = new ValidationErrors();
            errors.Add("feedbackId", $"Item {feedbackId} has not been tagged (it does not exist, or is still on its way).");
            return errors.ToProblem(StatusCodes.Status404NotFound, "No tags for this item.");
        }

        var corrections = await connection.QueryAsync<CorrectionRow>(new CommandDefinition(Corrections, new { FeedbackId = feedbackId }, cancellationToken: cancellationToken));
        return TypedResults.Ok(new TagsView(
            feedbackId, item.TaggedAt, JsonSerializer.Deserialize<ItemTags>(item.TagsJson, StoredTags.Json)!,
            [.. corrections.Select(c => c.ToView())]));
    }

    private sealed record ItemRow
    {
        public DateTimeOffset TaggedAt { get; init; }

        public string? TagsJson { get; init; }
    }

    private sealed record CorrectionRow
    {
        public Guid CorrectionId { get; init; }

        public string CorrectedBy { get; init; } = "";

        public DateTimeOffset CorrectedAt { get; init; }

        public string? Kinds { get; init; }

        public string? AreaId { get; init; }

        public string? ThemeId { get; init; }

        public string? Sentiment { get; init; }

        public CorrectionView ToView() => new(
            CorrectionId, CorrectedBy, CorrectedAt, Kinds is null ? null : Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries), AreaId, ThemeId, Sentiment);
    }
}

/// <summary>An item's tags as the API shows them: the machine's (never edited) and the people's corrections, oldest first.</summary>
public sealed record TagsView(Guid FeedbackId, DateTimeOffset TaggedAt, ItemTags Tags, IReadOnlyList<CorrectionView> Corrections);

/// <summary>One correction: what a CSM or PM said the item is (null fields were not corrected).</summary>
public sealed record CorrectionView(
    Guid CorrectionId, string CorrectedBy, DateTimeOffset CorrectedAt, IReadOnlyList<string>? Kinds, string? AreaId, string? ThemeId, string? Sentiment);
