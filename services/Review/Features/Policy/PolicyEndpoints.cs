using System.Security.Claims;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Review.Features.Policy;

/// <summary>GET /api/review/policy (the list in force and its history) and PUT /api/review/policy (a new version).</summary>
public static class PolicyEndpoints
{
    public const int MaxSegments = 500;

    /// <summary>The body of a change: the whole list as it should be from now on.</summary>
    public sealed record PolicyChange(IReadOnlyList<PolicySegment>? Segments);

    /// <summary>The list in force and every earlier version.</summary>
    public sealed record PolicyView(PolicyVersion Current, IReadOnlyList<PolicyVersion> History);

    public static async Task<IResult> GetAsync(PolicyVersions versions, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PolicyView(await versions.CurrentAsync(cancellationToken), await versions.HistoryAsync(cancellationToken)));

    public static async Task<IResult> PutAsync(PolicyChange? change, ClaimsPrincipal user, PolicyVersions versions, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (change?.Segments is not { } segments)
        {
            errors.Add("segments", "segments is the whole list of designated segments ([] for none).");
            return errors.ToProblem();
        }

        if (segments.Count > MaxSegments)
        {
            errors.Add("segments", $"At most {MaxSegments} segments.");
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i] is not { } s || string.IsNullOrWhiteSpace(s.Attribute) || string.IsNullOrWhiteSpace(s.Value) || s.Attribute.Length > 128 || s.Value.Length > 128)
            {
                errors.Add($"segments[{i}]", "Each segment needs an attribute and a value (1 to 128 characters each).");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var changed = await versions.ChangeAsync([.. segments.Select(s => new PolicySegment(s.Attribute.Trim(), s.Value.Trim()))], user.UserName(), cancellationToken);
        return TypedResults.Ok(changed);
    }
}
