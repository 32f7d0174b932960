namespace VoiceOfCustomer.Cli.Commands;

/// <summary>The input cannot be tagged as it is; the message names the line and the column or field, for the user to fix.</summary>
public sealed class TagInputException : Exception
{
    public TagInputException()
        : base("The input cannot be tagged.")
    {
    }

    public TagInputException(string message)
        : base(message)
    {
    }

    public TagInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
