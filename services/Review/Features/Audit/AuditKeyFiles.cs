using Microsoft.Extensions.Options;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Where the audit log's two secrets live: both outside the database, beside the installation's key ring
/// (Access:KeysFolder) unless Review:Audit:SigningKeyFile names another place for the signing key.
/// </summary>
public sealed class AuditKeyFiles(IOptions<AuditOptions> audit, IOptions<AccessOptions> access)
{
    public const string SigningKeyFileName = "audit-signing-key.pem";

    public string SigningKeyPath => audit.Value.SigningKeyFile is { Length: > 0 } file
        ? Path.GetFullPath(file)
        : Path.Combine(KeysFolder("Review:Audit:SigningKeyFile is not set"), SigningKeyFileName);

    public string PersonalDataKeyPath => Path.Combine(KeysFolder("the personal-data key of the audit log lives there"), PersonalDataHash.KeyFileName);

    private string KeysFolder(string why) => access.Value.KeysFolder is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : throw new InvalidOperationException(
            $"The audit log needs its keys in files outside the database, but Access:KeysFolder is empty ({why}). Set Access:KeysFolder (every process of the installation shares it).");
}
