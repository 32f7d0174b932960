using System.Text.Json;
using Dapper;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Tagging.Features.TagFeedback;

/// <summary>Reads the tags recorded for items (tags_json), as they were when the item was first tagged.</summary>
public static class StoredTags
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Dictionary<Guid, ItemTags>> ReadAsync(Database database, IReadOnlyList<Guid> feedbackIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var sql = $"SELECT feedback_id AS FeedbackId, tags_json AS TagsJson FROM tagging_items WHERE {database.InList("feedback_id", "Ids")}";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Stored>(new CommandDefinition(sql, new { Ids = feedbackIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Where(r => r.TagsJson is not null).ToDictionary(r => r.FeedbackId, r => JsonSerializer.Deserialize<ItemTags>(r.TagsJson!, Json)!);
    }

    private sealed record Stored
    {
        public Guid FeedbackId { get; init; }

        public string? TagsJson { get; init; }
    }
}
