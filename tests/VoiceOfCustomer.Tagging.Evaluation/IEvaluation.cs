namespace VoiceOfCustomer.Tagging.Evaluation;

/// <summary>
/// One section of docs/evaluation.md. Each tagger's evaluation lives in its own folder and is found by
/// reflection, so adding one never touches the program.
/// </summary>
public interface IEvaluation
{
    /// <summary>The name on the command line (`-- language`), lower case.</summary>
    string Name { get; }

    /// <summary>Where the section sits in docs/evaluation.md, lowest first.</summary>
    int Order { get; }

    /// <summary>Measures and returns the section as markdown, starting with a `## ` heading.</summary>
    Task<string> RunAsync(EvaluationContext context, CancellationToken cancellationToken);
}
