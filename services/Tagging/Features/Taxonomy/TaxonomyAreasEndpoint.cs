using VoiceOfCustomer.Tagging.Features.Models;

namespace VoiceOfCustomer.Tagging.Features.Taxonomy;

/// <summary>
/// GET /api/taxonomy/areas: the areas and themes of the taxonomy in use (ids and names, no phrases), so the CSMs and
/// PMs who correct an item's area can choose among them without reading the admins' YAML.
/// </summary>
public static class TaxonomyAreasEndpoint
{
    public static async Task<IResult> GetAsync(TaggerModels models, CancellationToken cancellationToken)
    {
        await models.RefreshAsync(cancellationToken);
        var (version, tagger) = models.Areas;
        return TypedResults.Ok(new TaxonomyAreasView(
            version,
            [.. tagger.Taxonomy.Areas.Select(a => new TaxonomyAreaView(a.Id, a.Name, [.. a.Themes.Select(t => new TaxonomyThemeView(t.Id, t.Name))]))]));
    }
}

/// <summary>The areas of a taxonomy version (0: the default shipped with the service), in the file's order.</summary>
public sealed record TaxonomyAreasView(int Version, IReadOnlyList<TaxonomyAreaView> Areas);

/// <summary>One area: its id (what tags and corrections use), its name, and its themes.</summary>
public sealed record TaxonomyAreaView(string Id, string Name, IReadOnlyList<TaxonomyThemeView> Themes);

/// <summary>One theme of an area: its id and name.</summary>
public sealed record TaxonomyThemeView(string Id, string Name);
