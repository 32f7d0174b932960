using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceOfCustomer.Hosting.Http;
using VoiceOfCustomer.Hosting.Logging;
using VoiceOfCustomer.Hosting.Storage;

namespace VoiceOfCustomer.Hosting;

/// <summary>What every service process sets up the same way: logs, errors, health, API description, storage.</summary>
public static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceLogging(service);
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
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        RequestBodyLimit.UseRequestBodyLimits(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapOpenApi();
        return app;
    }
}
