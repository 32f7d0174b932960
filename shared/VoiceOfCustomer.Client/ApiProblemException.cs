namespace VoiceOfCustomer.Client;

/// <summary>The API refused a request, or answered with something this tool cannot read.</summary>
public sealed class ApiProblemException(ApiProblem problem) : Exception(problem.Title)
{
    public ApiProblem Problem { get; } = problem;
}
