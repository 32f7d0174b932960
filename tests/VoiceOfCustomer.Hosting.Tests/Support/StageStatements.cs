namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>The statements a pipeline consumer gives StageRecords, written against the conformance_stages table.</summary>
internal static class StageStatements
{
    public const string Insert = """
        INSERT INTO conformance_stages (item_id, recorded_at)
        SELECT @ItemId, @RecordedAt
        WHERE NOT EXISTS (SELECT 1 FROM conformance_stages WHERE item_id = @ItemId)
        """;

    public const string RecordedAt = "SELECT recorded_at FROM conformance_stages WHERE item_id = @ItemId";

    public const string CountByItem = "SELECT COUNT(*) FROM conformance_stages WHERE item_id = @ItemId";
}
