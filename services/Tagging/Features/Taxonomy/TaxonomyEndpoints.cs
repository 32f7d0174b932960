using Dapper;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>GET /api/taxonomy (the version in use, YAML), /api/taxonomy/versions and /api/taxonomy/versions/{version}.</summary>
public static class TaxonomyEndpoints
{
    private const string Latest = """
        SELECT version AS Version, yaml AS Yaml, changed_by AS ChangedBy, changed_at AS ChangedAt FROM tagging_taxonomy_versions
        WHERE version = (SELECT MAX(version) FROM tagging_taxonomy_versions)
        """;

    private const string One = "SELECT version AS Version, yaml AS Yaml, changed_by AS ChangedBy, changed_at AS ChangedAt FROM tagging_taxonomy_versions WHERE version = @Version";

    private const string All = """
        SELECT version AS Version, sha256 AS Sha256, changed_by AS ChangedBy, changed_at AS ChangedAt FROM tagging_taxonomy_versions ORDER BY version DESC
        """;

    public static async Task<IResult> CurrentAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var latest = await connection.QuerySingleOrDefaultAsync<TaxonomyView>(new CommandDefinition(Latest, cancellationToken: cancellationToken));
        return TypedResults.Ok(latest ?? Default());
    }

    public static async Task<IResult> VersionAsync(int version, Database database, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            return TypedResults.Ok(Default());
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        if (await connection.QuerySingleOrDefaultAsync<TaxonomyView>(new CommandDefinition(One, new { Version = version }, cancellationToken: cancellationToken)) is { } found)
        {
            return TypedResults.Ok(found);
        }

        var errors = new ValidationErrors();
        errors.Add("version", $"No taxonomy version {version} was saved.");
        return errors.ToProblem(StatusCodes.Status404NotFound, "No such version.");
    }

    public static async Task<IResult> VersionsAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return TypedResults.Ok(await connection.QueryAsync<TaxonomyVersionView>(new CommandDefinition(All, cancellationToken: cancellationToken)));
    }

    /// <summary>The taxonomy shipped with the taggers, in use until an admin saves one.</summary>
    public static TaxonomyView Default()
    {
        using var stream = typeof(ProductAreaTagger).Assembly.GetManifestResourceStream(ProductAreaTagger.DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {ProductAreaTagger.DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return new TaxonomyView { Version = 0, Yaml = reader.ReadToEnd() };
    }
}
