namespace VoiceOfCustomer.Tagging.Evaluation;

/// <summary>Where an evaluation finds its inputs, and where it reports progress (never into the document).</summary>
public sealed record EvaluationContext(string RepositoryRoot, TextWriter Log)
{
    /// <summary>The public labeled data copied into the repo with its licence (tests/datasets/README.md).</summary>
    public string Datasets => Path.Combine(RepositoryRoot, "tests", "datasets");

    /// <summary>This program's own folder in the repo, where each evaluation keeps its node side-by-side scripts.</summary>
    public string EvaluationFolder => Path.Combine(RepositoryRoot, "tests", "VoiceOfCustomer.Tagging.Evaluation");

    public static EvaluationContext ForCurrentDirectory(TextWriter log)
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VoiceOfCustomer.sln")))
            {
                return new EvaluationContext(folder.FullName, log);
            }
        }

        throw new InvalidOperationException("Run from inside the repository: VoiceOfCustomer.sln was not found above the current folder.");
    }
}
