using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using VoiceOfCustomer.Contracts;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Taxonomy;
using VoiceOfCustomer.Tagging.Features.Models;

namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>
/// PUT /api/taxonomy: checks the YAML with the parser (every error with its line and field), stores it as the next
/// version with who and when, announces TaxonomyChanged, and swaps the area tagger in whole.
/// </summary>
public sealed class TaxonomyEdits(Database database, TaggerModels models, [FromKeyedServices(TaggingModule.Name)] Outbox outbox, TimeProvider clock)
{
    private const string LatestVersion = "SELECT MAX(version) FROM tagging_taxonomy_versions";

    private const string Insert = """
        INSERT INTO tagging_taxonomy_versions (version, yaml, sha256, changed_by, changed_at) VALUES (@Version, @Yaml, @Sha256, @ChangedBy, @ChangedAt)
        """;

    public async Task<IResult> SaveAsync(TaxonomyInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parsed = TaxonomyParser.Parse(input.Yaml ?? "");
        if (!parsed.IsValid)
        {
            return Invalid(parsed.Errors);
        }

        var now = clock.GetUtcNow();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input.Yaml!)));
        await using var work = await database.BeginAsync(cancellationToken);
        var previous = await work.QuerySingleOrDefaultAsync<int?>(LatestVersion, null, cancellationToken) ?? 0;
        var version = new TaxonomyVersionView { Version = previous + 1, Sha256 = sha256, ChangedBy = user.UserName(), ChangedAt = now };
        try
        {
            await work.ExecuteAsync(Insert, new { version.Version, input.Yaml, version.Sha256, version.ChangedBy, version.ChangedAt }, cancellationToken);
        }
        catch (Exception e) when (Database.IsUniqueViolation(e))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another version was saved meanwhile: reload and edit again.");
        }

        var correlationId = Guid.NewGuid();
        var changeId = Guid.CreateVersion7();
        await outbox.AddAsync(work, changeId, correlationId, new TaxonomyChanged(changeId, correlationId, now, version.ChangedBy, version.Version, previous, sha256), cancellationToken);
        await work.CommitAsync(cancellationToken);
        outbox.Notify();
        models.Use(version.Version, new ProductAreaTagger(parsed.Taxonomy!));
        return TypedResults.Created($"/api/taxonomy/versions/{version.Version}", version);
    }

    /// <summary>422 naming each field ("areas[1].themes[0].id") with its line and column; taxonomyErrors lists them in file order.</summary>
    private static ValidationProblem Invalid(IReadOnlyList<TaxonomyError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToArray()),
        title: "The taxonomy is not valid: nothing was saved.",
        extensions: new Dictionary<string, object?> { ["taxonomyErrors"] = errors });
}
