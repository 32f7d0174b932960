namespace VoiceOfCustomer.Cli.Output;

/// <summary>Says whether the API was never reached or the connection broke during the request.</summary>
public static class ConnectionFailure
{
    public static string Describe(Uri api, HttpRequestException exception)
    {
        var reasons = new List<string>();
        foreach (var message in Messages(exception))
        {
            // Inner exceptions often repeat the outer message ("Connection refused (host:80)", then "Connection refused").
            if (!reasons.Exists(reason => reason.Contains(message, StringComparison.Ordinal)))
            {
                reasons.Add(message);
            }
        }

        return exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            ? $"Could not reach the VoiceOfCustomer API at {api}: {string.Join(' ', reasons)}"
            : $"The request to the VoiceOfCustomer API at {api} failed before it answered: {string.Join(' ', reasons)}";
    }

    private static IEnumerable<string> Messages(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }
}
