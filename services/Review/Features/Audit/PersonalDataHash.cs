using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// What the audit log holds instead of personal data (user names, contact names, emails, free text): an HMAC-SHA256
/// keyed with a secret kept outside the database. Keyed, because a plain hash of an email or a name is reversed by
/// hashing guesses; without the key, guessing is useless. The same person always gives the same hash, so an auditor
/// with the key can still ask "is this about them", and erasing the person's data elsewhere leaves the chain intact.
/// </summary>
public sealed class PersonalDataHash
{
    private readonly Lazy<byte[]> _key;

    public PersonalDataHash(AuditKeyFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _key = new Lazy<byte[]>(() => LoadKey(files.PersonalDataKeyPath));
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
    internal static byte[] LoadKey(string path)
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
