using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Logging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting;

/// <summary>What every service process sets up the same way: logs, errors, health, API description, storage, sign-in and roles.</summary>
public static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceLogging(service);
        builder.Services.AddSingleton(new ServiceIdentity(service));
        builder.Services.AddAccess();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // The web defaults read "2" as 2; a number sent as text is a client bug, answered with a 400 naming the field.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Text in any script (and emoji) is sent as itself, not as \u escapes; HTML encoding is the portal's job.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = $"VoiceOfCustomer {service}";
            return Task.CompletedTask;
        }));
        builder.Services.AddStorage();
        return builder;
    }

    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusPages();
        // Routing after the status pages, so a page re-executed for an error status is routed again.
        app.UseRouting();
        RequestBodyLimit.UseRequestBodyLimits(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
