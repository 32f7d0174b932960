using Dapper;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Taggers.Kind;
using VoiceOfCustomer.Taggers.Language;
using VoiceOfCustomer.Taggers.Sentiment;
using VoiceOfCustomer.Taggers.Taxonomy;

namespace VoiceOfCustomer.Tagging.Features.Models;

/// <summary>
/// The taggers, each loaded once. The kind model, the area model and the taxonomy can change (a correction, an admin's
/// edit): each is read from Tagging's tables and swapped whole, and <see cref="RefreshAsync"/> picks up a version
/// another instance saved, so every copy of the service tags with the same models.
/// </summary>
public sealed class TaggerModels(Database database) : IDisposable
{
    private const string Versions = """
        SELECT (SELECT MAX(version) FROM tagging_taxonomy_versions) AS Taxonomy, (SELECT MAX(version) FROM tagging_kind_model) AS Kind,
               (SELECT MAX(version) FROM tagging_area_model) AS AreaModel
        """;

    private const string LatestTaxonomy = "SELECT yaml FROM tagging_taxonomy_versions WHERE version = @Version";

    private const string LatestKindModel = "SELECT model FROM tagging_kind_model WHERE version = @Version";

    private const string LatestAreaModel = "SELECT model FROM tagging_area_model WHERE version = @Version";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Versioned<ProductAreaTagger>? _areas;
    private volatile Versioned<KindClassifier>? _kinds;
    private volatile Versioned<AreaLearner>? _learnedAreas;

    public LanguageIdentifier Language { get; } = LanguageIdentifier.Load();

    public SentimentTagger Sentiment { get; } = SentimentTagger.Load();

    /// <summary>The area tagger now, and its version (0: the embedded default, never edited).</summary>
    public Versioned<ProductAreaTagger> Areas => _areas ?? throw NotLoaded();

    /// <summary>The kind classifier now, and how many corrections it has learned (0: as shipped).</summary>
    public Versioned<KindClassifier> Kinds => _kinds ?? throw NotLoaded();

    /// <summary>The area model learned from area corrections, and how many it has learned (0: none yet, phrases only).</summary>
    public Versioned<AreaLearner> LearnedAreas => _learnedAreas ?? throw NotLoaded();

    /// <summary>Loads what is missing and swaps in any newer taxonomy or kind model saved since.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var latest = await connection.QuerySingleAsync<LatestVersions>(new CommandDefinition(Versions, cancellationToken: cancellationToken));
        if (_areas?.Version == (latest.Taxonomy ?? 0) && _kinds?.Version == (latest.Kind ?? 0) && _learnedAreas?.Version == (latest.AreaModel ?? 0))
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_areas?.Version != (latest.Taxonomy ?? 0))
            {
                _areas = latest.Taxonomy is { } version
                    ? new(version, new ProductAreaTagger(TaxonomyParser.ParseValid(await connection.QuerySingleAsync<string>(
                        new CommandDefinition(LatestTaxonomy, new { Version = version }, cancellationToken: cancellationToken)))))
                    : new(0, ProductAreaTagger.LoadDefault());
            }

            if (_kinds?.Version != (latest.Kind ?? 0))
            {
                _kinds = latest.Kind is { } version
                    ? new(version, KindClassifier.Load(new MemoryStream(await connection.QuerySingleAsync<byte[]>(
                        new CommandDefinition(LatestKindModel, new { Version = version }, cancellationToken: cancellationToken)))))
                    : new(0, KindClassifier.LoadDefault());
            }

            if (_learnedAreas?.Version != (latest.AreaModel ?? 0))
            {
                _learnedAreas = latest.AreaModel is { } version
                    ? new(version, AreaLearner.Load(new MemoryStream(await connection.QuerySingleAsync<byte[]>(
                        new CommandDefinition(LatestAreaModel, new { Version = version }, cancellationToken: cancellationToken)))))
                    : new(0, new AreaLearner());
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Puts in a taxonomy just saved by this instance, unless a newer one is in already.</summary>
    public void Use(int version, ProductAreaTagger areas)
    {
        if (_areas is null || _areas.Version < version)
        {
            _areas = new(version, areas);
        }
    }

    /// <summary>Records that the kind classifier in use has learned up to this version (it learns in place).</summary>
    public void Learned(int version)
    {
        var kinds = Kinds;
        if (kinds.Version < version)
        {
            _kinds = kinds with { Version = version };
        }
    }

    /// <summary>Records that the area model in use has learned up to this version (it learns in place).</summary>
    public void LearnedArea(int version)
    {
        var learned = LearnedAreas;
        if (learned.Version < version)
        {
            _learnedAreas = learned with { Version = version };
        }
    }

    public void Dispose() => _loading.Dispose();

    private static InvalidOperationException NotLoaded() => new("The taggers are not loaded yet: call RefreshAsync first.");

    private sealed record LatestVersions
    {
        public int? Taxonomy { get; init; }

        public int? Kind { get; init; }

        public int? AreaModel { get; init; }
    }
}
