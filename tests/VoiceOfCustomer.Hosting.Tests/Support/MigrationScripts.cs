using System.Reflection;
using System.Text;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting.Tests.Support;

/// <summary>
/// An assembly that holds only migration scripts: the embedded set of one provider, with scripts added,
/// changed or left out, so a runner can be shown a database's history that the embedded set alone cannot
/// produce. Lists its scripts newest first, so only the runner's own ordering applies them in order.
/// </summary>
internal sealed class MigrationScripts : Assembly
{
    private readonly StorageProvider _provider;
    private readonly SortedDictionary<string, string> _scripts;

    private MigrationScripts(StorageProvider provider, SortedDictionary<string, string> scripts)
    {
        _provider = provider;
        _scripts = scripts;
    }

    public static MigrationScripts Embedded(StorageProvider provider) => new(
        provider,
        new SortedDictionary<string, string>(
            ConformanceSchema.Embedded.For(provider).ToDictionary(m => Resource(provider, m.Version, m.Name), m => m.Script),
            StringComparer.Ordinal));

    public MigrationSet Set => new(ConformanceSchema.Service, this);

    public MigrationScripts With(int version, string name, string script)
    {
        var scripts = new SortedDictionary<string, string>(_scripts, StringComparer.Ordinal)
        {
            [Resource(_provider, version, name)] = script,
        };
        return new MigrationScripts(_provider, scripts);
    }

    public MigrationScripts Without(int version)
    {
        var prefix = Prefix(_provider, version);
        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, script) in _scripts.Where(s => !s.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            scripts[name] = script;
        }

        return new MigrationScripts(_provider, scripts);
    }

    /// <summary>The script of an existing version, edited after it was applied.</summary>
    public MigrationScripts Edited(int version, Func<string, string> edit)
    {
        var prefix = Prefix(_provider, version);
        var name = _scripts.Keys.Single(key => key.StartsWith(prefix, StringComparison.Ordinal));
        var scripts = new SortedDictionary<string, string>(_scripts, StringComparer.Ordinal) { [name] = edit(_scripts[name]) };
        return new MigrationScripts(_provider, scripts);
    }

    public override string[] GetManifestResourceNames() => _scripts.Keys.Reverse().ToArray();

    public override Stream? GetManifestResourceStream(string name) =>
        _scripts.TryGetValue(name, out var script) ? new MemoryStream(Encoding.UTF8.GetBytes(script)) : null;

    private static string Prefix(StorageProvider provider, int version) => $"migrations/{provider}/{version:D4}_";

    private static string Resource(StorageProvider provider, int version, string name) => $"{Prefix(provider, version)}{name}.sql";
}
