using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Portal.Features.SignIn;

/// <summary>
/// The keyed hash (HMAC-SHA256) of a user name that a failed sign-in announces instead of the name: the same key file
/// (audit-pii-key in Access:KeysFolder) and the same normalisation (NFC, trimmed, lower case) as Review's
/// PersonalDataHash, so the audit log can match the failures of one name. A test holds the two to the same answer.
/// </summary>
public sealed class SignInNameHash(IOptions<AccessOptions> access)
{
    public const string KeyFileName = "audit-pii-key";

    private readonly Lazy<byte[]> _key = new(() => LoadKey(access.Value.KeysFolder));

    public string Of(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var normal = userName.Normalize(NormalizationForm.FormC).Trim().ToLower(CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normal)));
    }

    private static byte[] LoadKey(string? keysFolder)
    {
        if (keysFolder is not { Length: > 0 })
        {
            throw new InvalidOperationException("Failed sign-ins are audited with a keyed hash of the user name, but Access:KeysFolder is empty: set it (every process of the installation shares it).");
        }

        var path = Path.Combine(Path.GetFullPath(keysFolder), KeyFileName);
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        return Convert.FromHexString(File.ReadAllText(path).Trim());
    }

    /// <summary>Writes a new key readable by its owner only, moved into place so a process creating it at the same time cannot be half-read.</summary>
    private static void CreateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(temporary, options)))
        {
            writer.Write(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n");
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another process wrote the key first
        }
    }
}
