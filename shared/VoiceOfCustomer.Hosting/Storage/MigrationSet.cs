using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>A service's forward-only migrations: embedded resources named migrations/{Provider}/{NNNN}_{name}.sql.</summary>
public sealed record MigrationSet(string Service, Assembly Assembly)
{
    public IReadOnlyList<Migration> For(StorageProvider provider)
    {
        var prefix = $"migrations/{provider}/";
        return Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(name, name[prefix.Length..^".sql".Length]))
            .OrderBy(migration => migration.Version)
            .ToList();
    }

    private Migration Load(string resource, string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], out var version))
        {
            throw new InvalidOperationException($"Migration '{resource}' of {Service} must be named NNNN_description.sql.");
        }

        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var script = reader.ReadToEnd();
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        return new Migration(version, fileName[(underscore + 1)..], script, checksum);
    }
}

public sealed record Migration(int Version, string Name, string Script, string Checksum);
