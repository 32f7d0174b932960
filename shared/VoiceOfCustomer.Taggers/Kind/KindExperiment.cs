namespace VoiceOfCustomer.Taggers.Kind;

/// <summary>SCRATCH: experiment switches, removed before commit.</summary>
public static class KindExperiment
{
    public static bool AverageFolds { get; set; }

    public static bool SmoothThreshold { get; set; }

    public static bool HalfF1Threshold { get; set; }

    public static bool PhraseFeatures { get; set; }

    public static bool NbScaling { get; set; }

    public static float NbBeta { get; set; } = 1f;

    public static bool BalancedWeights { get; set; }

    public static bool NoCharGrams { get; set; }

    public static float PositiveWeight { get; set; } = 1f;
}
