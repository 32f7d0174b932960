using System.Security.Claims;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Erasure;

/// <summary>Erasure of a person's personal data (admins): its service and endpoint, so ReviewModule adds each with one line.</summary>
public static class ErasureRegistration
{
    public static IServiceCollection AddErasure(this IServiceCollection services) => services.AddSingleton<PersonErasures>();

    public static IEndpointRouteBuilder MapErasure(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/review/erasure", (ErasureInput input, ClaimsPrincipal user, PersonErasures erasures, CancellationToken cancellationToken) =>
                erasures.EraseAsync(input, user, cancellationToken))
            .WithTags("Review").RequireRoles(Roles.Admin)
            .WithSummary("Erase a person's personal data (accountId: every contact of the account, or contactEmail): each service redacts what it holds; the audit log keeps keyed hashes only (202).");
        return app;
    }
}
