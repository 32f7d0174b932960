namespace VoiceOfCustomer.Portal.Tests.Access;

/// <summary>How an endpoint answers a caller it does not let in.</summary>
public enum EndpointKind
{
    /// <summary>Open to anyone (health, API description, assets, sign-in).</summary>
    Open,

    /// <summary>The HTTP API: 401 without sign-in, 403 for a role not allowed (problem+json).</summary>
    Api,

    /// <summary>A portal page: a redirect to /sign-in without sign-in, 403 for a role not allowed.</summary>
    Page,
}
