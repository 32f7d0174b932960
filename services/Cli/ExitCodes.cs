namespace VoiceOfCustomer.Cli;

/// <summary>What scripts and CI can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    public const int Failure = 1;

    /// <summary>The import finished but some rows were rejected; the accepted rows were kept.</summary>
    public const int RowsRejected = 2;
}
