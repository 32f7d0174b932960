using VoiceOfCustomer.Contracts;

namespace VoiceOfCustomer.Ingestion.Features.Feedback;

internal static class PipelineStages
{
    public static string Name(int stage) => Enum.IsDefined(typeof(PipelineStage), stage)
        ? ((PipelineStage)stage).ToString().ToLowerInvariant()
        : $"stage-{stage}";
}
