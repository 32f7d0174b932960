namespace VoiceOfCustomer.Hosting.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
