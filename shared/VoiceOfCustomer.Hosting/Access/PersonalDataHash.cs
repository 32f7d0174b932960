using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// What the audit log holds instead of personal data (user names, contact names, emails, free text): an HMAC-SHA256
/// keyed with a secret kept outside the database. Keyed, because a plain hash of an email or a name is reversed by
/// hashing guesses; without the key, guessing is useless. The same person always gives the same hash, so an auditor
/// with the key can still ask "is this about them", and erasing the person's data elsewhere leaves the audit chain
/// intact. One key file per installation (<see cref="KeyFileName"/> in Access:KeysFolder): Review hashes what it audits
/// with it, and the portal hashes the user names of failed sign-ins with it, so both give the same hash.
/// </summary>
public sealed class PersonalDataHash
{
    /// <summary>The key file's name in Access:KeysFolder.</summary>
    public const string KeyFileName = "audit-pii-key";

    private readonly Lazy<byte[]> _key;

    /// <summary>A hasher whose key file is found (and created if missing) on first use.</summary>
    public PersonalDataHash(Func<string> keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        _key = new Lazy<byte[]>(() => LoadKey(keyPath()));
    }

    private PersonalDataHash(byte[] key) => _key = new Lazy<byte[]>(key);

    /// <summary>A hasher with a given key (tests, offline tools).</summary>
    public static PersonalDataHash WithKey(byte[] key) => new(key);

    /// <summary>
    /// Lower-case hex HMAC-SHA256 of the value after normalising it (Unicode NFC, trimmed, lower case), so
    /// "Ana@Example.com " and "ana@example.com" are the same person.
    /// </summary>
    public string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normal = value.Normalize(NormalizationForm.FormC).Trim().ToLower(CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(normal)));
    }

    /// <summary>The key file holds 32 random bytes as 64 hex digits.</summary>
    private static byte[] LoadKey(string path)
    {
        var text = Encoding.ASCII.GetString(SecretFile.ReadOrCreate(path, () => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n")));
        try
        {
            var key = Convert.FromHexString(text.Trim());
            return key.Length >= 32 ? key : throw new FormatException("shorter than 32 bytes");
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException($"The audit personal-data key {path} must hold at least 64 hex digits: {error.Message}", error);
        }
    }
}
