using System.Security.Cryptography;
using System.Text;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// The ECDSA P-256 key that signs checkpoints, from a PEM file outside the database (created on first use).
/// Signatures are DER (RFC 3279) over SHA-256, so `openssl dgst -sha256 -verify` checks them offline.
/// </summary>
public sealed class AuditSigningKey : IDisposable
{
    private readonly Lazy<ECDsa> _key;

    public AuditSigningKey(AuditKeyFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _key = new Lazy<ECDsa>(() => Load(files.SigningKeyPath));
    }

    /// <summary>The public key (SubjectPublicKeyInfo PEM) that anyone may use to check checkpoints.</summary>
    public string PublicKeyPem => _key.Value.ExportSubjectPublicKeyInfoPem();

    /// <summary>The first 16 hex digits of the SHA-256 of the public key: names the key a checkpoint was signed with.</summary>
    public string KeyId => IdOf(_key.Value);

    public byte[] Sign(byte[] message) => _key.Value.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public bool Verify(byte[] message, byte[] signature) =>
        _key.Value.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static string IdOf(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }

    private static ECDsa Load(string path)
    {
        var pem = Encoding.ASCII.GetString(SecretFile.ReadOrCreate(path, () =>
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return Encoding.ASCII.GetBytes(created.ExportPkcs8PrivateKeyPem() + "\n");
        }));
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception error) when (error is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"The audit signing key {path} is not a PEM private key: {error.Message}", error);
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException($"The audit signing key {path} must be an ECDSA P-256 key, not {key.KeySize} bits.");
        }

        return key;
    }
}
