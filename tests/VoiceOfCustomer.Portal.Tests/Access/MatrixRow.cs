namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>
/// One request of the role matrix: the endpoint it reaches (method and route pattern), who may make it, and
/// the request itself, built fresh for every caller from what the fixture has set up.
/// </summary>
public sealed record MatrixRow(
    string Method, string Route, EndpointKind Kind, IReadOnlyList<string> Allowed, Func<MatrixContext, Task<HttpRequestMessage>> Request, int[] Success)
{
    public string Endpoint => $"{Method} {Route}";

    public override string ToString() => Endpoint;
}
