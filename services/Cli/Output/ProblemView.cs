using Spectre.Console;
using VoiceOfCustomer.Client;

namespace VoiceOfCustomer.Cli.Output;

/// <summary>Prints why a command failed, on the error console.</summary>
public static class ProblemView
{
    public static void Render(IAnsiConsole error, ApiProblem problem)
    {
        var status = problem.Status is { } code ? $" (HTTP {code})" : "";
        Fail(error, $"{problem.Title ?? "The API refused the request"}{status}");
        if (problem.Detail is { } detail)
        {
            error.WriteLine($"  {detail}");
        }

        foreach (var (field, messages) in problem.FieldErrors)
        {
            foreach (var message in messages)
            {
                error.WriteLine($"  {field}: {message}");
            }
        }
    }

    public static void Fail(IAnsiConsole error, string message)
    {
        error.Markup("[red]error:[/] ");
        error.WriteLine(message);
    }
}
