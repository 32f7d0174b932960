using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace VoiceOfCustomer.Cli.Tests.Support;

/// <summary>Answers shaped like the server's contract.</summary>
public static class ApiAnswers
{
    public static readonly Guid JobId = Guid.Parse("3f6c1a52-9d7e-4b1a-8c1e-0a5d2f7e9b10");

    public static string ErrorsPath => $"/api/imports/{JobId}/errors";

    public static HttpResponseMessage Import(int rowsRead, params ServerRowError[] errors) =>
        Import(rowsRead, errors.Select(error => error.Line).Distinct().Count(), errors);

    public static HttpResponseMessage Import(int rowsRead, int rowsRejected, ServerRowError[] errors, string status = "completed") =>
        Json(new
        {
            jobId = JobId,
            kind = "feedback",
            status,
            rowsRead,
            rowsAccepted = rowsRead - rowsRejected,
            rowsRejected,
            errors,
            errorsUrl = ErrorsPath,
        });

    public static HttpResponseMessage Json(object body) => new(HttpStatusCode.OK) { Content = JsonContent.Create(body) };

    public static HttpResponseMessage Problem(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(
            JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/problem+json"),
    };
}
