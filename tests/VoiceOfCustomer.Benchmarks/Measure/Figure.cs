using System.Globalization;

namespace VoiceOfCustomer.Benchmarks.Measure;

/// <summary>One measured number of a run, with how to show it.</summary>
internal sealed record Figure(string Name, double Value, string Unit, int Decimals = 0)
{
    public string Text => double.IsNaN(Value)
        ? "n/a"
        : $"{Value.ToString($"N{Decimals}", CultureInfo.InvariantCulture)}{(Unit.Length > 0 ? " " + Unit : "")}";
}
