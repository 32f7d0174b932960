using System.Security.Claims;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Language;
using VoiceOfCustomer.Taggers.Taxonomy;
using VoiceOfCustomer.Tagging.Features.Models;

namespace VoiceOfCustomer.Tagging.Features.Tags;

/// <summary>
/// Records a correction of an item's tags as a new record, teaches the kind classifier (one online step on the item's
/// masked text) and the area model (its counts) from it and saves what learned, and announces TagsCorrected, all in
/// one transaction.
/// </summary>
public sealed class TagCorrections(Database database, TaggerModels models, [FromKeyedServices(TaggingModule.Name)] Outbox outbox, TimeProvider clock)
{
    private const string Item = "SELECT masked_text AS MaskedText, language AS Language FROM tagging_items WHERE feedback_id = @FeedbackId AND tags_json IS NOT NULL";

    private const string Insert = """
        INSERT INTO tagging_corrections (correction_id, feedback_id, corrected_by, corrected_at, kinds, area_id, theme_id, sentiment)
        VALUES (@CorrectionId, @FeedbackId, @CorrectedBy, @CorrectedAt, @Kinds, @AreaId, @ThemeId, @Sentiment)
        """;

    private const string SavedVersion = "SELECT MAX(version) FROM tagging_kind_model";

    private const string ForgetModel = "DELETE FROM tagging_kind_model WHERE slot = 1";

    private const string SaveModel = "INSERT INTO tagging_kind_model (slot, version, model, saved_at) VALUES (1, @Version, @Model, @SavedAt)";

    private const string SavedAreaVersion = "SELECT MAX(version) FROM tagging_area_model";

    private const string ForgetAreaModel = "DELETE FROM tagging_area_model WHERE slot = 1";

    private const string SaveAreaModel = "INSERT INTO tagging_area_model (slot, version, model, saved_at) VALUES (1, @Version, @Model, @SavedAt)";

    private readonly Lock _learning = new();

    public async Task<IResult> CorrectAsync(Guid feedbackId, CorrectionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await models.RefreshAsync(cancellationToken);
        var errors = new ValidationErrors();
        var taxonomy = models.Areas.Model.Taxonomy;
        input.Validate(errors, taxonomy);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        await using var work = await database.BeginAsync(cancellationToken);
        if (await work.QuerySingleOrDefaultAsync<ItemRow>(Item, new { FeedbackId = feedbackId }, cancellationToken) is not { } item)
        {
            errors.Add("feedbackId", $"Item {feedbackId} has not been tagged (it does not exist, or is still on its way).");
            return errors.ToProblem(StatusCodes.Status404NotFound, "No tags for this item.");
        }

        var correction = new CorrectionView(Guid.CreateVersion7(), user.UserName(), now, input.Kinds, input.AreaId, input.ThemeId, input.Sentiment);
        await work.ExecuteAsync(Insert, new
        {
            correction.CorrectionId, FeedbackId = feedbackId, correction.CorrectedBy, correction.CorrectedAt,
            Kinds = input.Kinds is null ? null : string.Join(',', input.ParsedKinds.Select(Taggers.Kind.FeedbackKindNames.Name)),
            input.AreaId, input.ThemeId, input.Sentiment,
        }, cancellationToken);
        var learnedVersion = input.Kinds is not null && item.Language is { } language && language != LanguageTag.Undetermined
            ? await LearnAsync(work, item.MaskedText, language, input, now, cancellationToken)
            : (int?)null;
        var learnedAreaVersion = input.AreaId is { } areaId ? await LearnAreaAsync(work, item.MaskedText, areaId, taxonomy, now, cancellationToken) : (int?)null;
        var correlationId = Guid.NewGuid();
        await outbox.AddAsync(work, correction.CorrectionId, correlationId, new TagsCorrected(
            correction.CorrectionId, feedbackId, correlationId, now, correction.CorrectedBy, input.Kinds, input.AreaId, input.ThemeId, input.Sentiment), cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        if (learnedVersion is { } version)
        {
            models.Learned(version);
        }

        if (learnedAreaVersion is { } areaVersion)
        {
            models.LearnedArea(areaVersion);
        }

        return TypedResults.Created($"/api/tags/{feedbackId}", correction);
    }

    /// <summary>One online step, then the whole model saved as the next version (the write gate orders concurrent corrections).</summary>
    private async Task<int> LearnAsync(UnitOfWork work, string text, string language, CorrectionInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kinds = models.Kinds;
        byte[] saved;
        lock (_learning)
        {
            kinds.Model.Learn(text, language, input.ParsedKinds);
            using var stream = new MemoryStream();
            kinds.Model.Save(stream);
            saved = stream.ToArray();
        }

        var version = Math.Max(kinds.Version, await work.QuerySingleOrDefaultAsync<int?>(SavedVersion, null, cancellationToken) ?? 0) + 1;
        await work.ExecuteAsync(ForgetModel, null, cancellationToken);
        await work.ExecuteAsync(SaveModel, new { Version = version, Model = saved, SavedAt = now }, cancellationToken);
        return version;
    }

    /// <summary>The area model counts the item's words for the area, then is saved whole as the next version.</summary>
    private async Task<int> LearnAreaAsync(UnitOfWork work, string text, string areaId, ProductTaxonomy taxonomy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var learned = models.LearnedAreas;
        byte[] saved;
        lock (_learning)
        {
            learned.Model.Learn(text, areaId, taxonomy);
            using var stream = new MemoryStream();
            learned.Model.Save(stream);
            saved = stream.ToArray();
        }

        var version = Math.Max(learned.Version, await work.QuerySingleOrDefaultAsync<int?>(SavedAreaVersion, null, cancellationToken) ?? 0) + 1;
        await work.ExecuteAsync(ForgetAreaModel, null, cancellationToken);
        await work.ExecuteAsync(SaveAreaModel, new { Version = version, Model = saved, SavedAt = now }, cancellationToken);
        return version;
    }

    private sealed record ItemRow
    {
        public string MaskedText { get; init; } = "";

        public string? Language { get; init; }
    }
}
