using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace VoiceOfCustomer.Hosting.Http;

/// <summary>
/// Turns request-binding failures (malformed JSON, a value of the wrong type, a body over the size
/// limit) into problem+json that names the field, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails { Status = badRequest.StatusCode, Title = "The request body is too large.", Detail = badRequest.Message }
            : Describe(badRequest);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) ? "body" : json.Path.TrimStart('$', '.');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = ["The value is not valid JSON of the expected type (text, number, date...)."],
            })
            { Status = exception.StatusCode, Title = "The request body is not valid." };
        }

        return new ProblemDetails { Status = exception.StatusCode, Title = "The request is not valid.", Detail = exception.Message };
    }
}
