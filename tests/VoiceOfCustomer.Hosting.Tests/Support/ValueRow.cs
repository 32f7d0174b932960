namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>A row of conformance_values: one column of each type the services store, nullable and not.</summary>
internal sealed record ValueRow
{
    public const string Insert = """
        INSERT INTO conformance_values (id, batch_id, happened_at, seen_at, parent_id, amount, discount, quantity, quota, body)
        VALUES (@Id, @BatchId, @HappenedAt, @SeenAt, @ParentId, @Amount, @Discount, @Quantity, @Quota, @Body)
        """;

    public const string SelectById = """
        SELECT id AS Id, batch_id AS BatchId, happened_at AS HappenedAt, seen_at AS SeenAt, parent_id AS ParentId,
               amount AS Amount, discount AS Discount, quantity AS Quantity, quota AS Quota, body AS Body
        FROM conformance_values
        WHERE id = @Id
        """;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid BatchId { get; init; } = Guid.NewGuid();

    public DateTimeOffset HappenedAt { get; init; } = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset? SeenAt { get; init; }

    public Guid? ParentId { get; init; }

    public decimal Amount { get; init; }

    public decimal? Discount { get; init; }

    public long Quantity { get; init; }

    public long? Quota { get; init; }

    public string Body { get; init; } = "";
}
