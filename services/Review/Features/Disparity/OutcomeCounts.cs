namespace VoiceOfCustomer.Review.Features.Disparity;

/// <summary>Triaged, suppressed and deprioritized item counts for a run of cells, in three flat arrays.</summary>
public sealed class OutcomeCounts
{
    private readonly int[] _triaged;
    private readonly int[] _suppressed;
    private readonly int[] _deprioritized;

    public OutcomeCounts(int length)
    {
        _triaged = new int[length];
        _suppressed = new int[length];
        _deprioritized = new int[length];
    }

    private OutcomeCounts(int length, OutcomeCounts from)
        : this(length)
    {
        from._triaged.CopyTo(_triaged, 0);
        from._suppressed.CopyTo(_suppressed, 0);
        from._deprioritized.CopyTo(_deprioritized, 0);
    }

    public int Length => _triaged.Length;

    public int Triaged(int cell) => _triaged[cell];

    /// <summary>Items of the cell with this outcome (k).</summary>
    public int Count(int cell, Outcome outcome) => outcome == Outcome.Suppressed ? _suppressed[cell] : _deprioritized[cell];

    internal void Add(int cell, TriageAction action, int sign)
    {
        _triaged[cell] += sign;
        if (action == TriageAction.Suppressed)
        {
            _suppressed[cell] += sign;
        }
        else if (action == TriageAction.Deprioritized)
        {
            _deprioritized[cell] += sign;
        }
    }

    internal OutcomeCounts Grow(int length) => new(length, this);
}
