using System.Security.Cryptography;

namespace VoiceOfCustomer.Hosting.Access;

/// <summary>
/// A key file outside the database: read when it exists, else created readable by this user only (mode 600) and
/// moved into place atomically, so two processes starting together end up with the same key.
/// </summary>
public static class SecretFile
{
    public static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
        var content = create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: its key is the installation's key.
            File.Delete(temporary);
            return File.ReadAllBytes(path);
        }
    }
}
