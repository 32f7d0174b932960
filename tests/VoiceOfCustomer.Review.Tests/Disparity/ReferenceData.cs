using System.Globalization;

namespace VoiceOfCustomer.Review.Tests.Disparity;

/// <summary>
/// The cases make_reference.py wrote to Data/ from scipy and statsmodels, and the agreement rule they are held to:
/// 1e-9 relative; an expected NaN needs a NaN and an expected infinity the same infinity; an expected value below
/// 1e-290 (0 included: the reference underflowed) needs an actual one below 1e-290 too.
/// </summary>
internal static class ReferenceData
{
    public const double RelativeTolerance = 1e-9;
    public const double UnderflowBelow = 1e-290;

    /// <summary>Each case of a file as its fields by column name; the comment line with the versions is skipped.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Disparity", "Data", file))
            .Where(line => !line.StartsWith('#'))
            .ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(fields => header.Select((name, i) => (name, fields[i])).ToDictionary(f => f.name, f => f.Item2, StringComparer.Ordinal))
            .ToList();
    }

    public static double Number(string text) => text switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static long Count(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    public static double[] Numbers(string text) => text.Split(' ').Select(Number).ToArray();

    public static bool Agrees(double actual, double expected, double relative = RelativeTolerance)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            return expected.Equals(actual);
        }

        if (Math.Abs(expected) < UnderflowBelow)
        {
            return Math.Abs(actual) < UnderflowBelow;
        }

        return Math.Abs(actual - expected) <= relative * Math.Abs(expected);
    }

    /// <summary>Collects the cases that disagree, so one run shows them all (the first few in the failure message).</summary>
    public sealed class Disagreements
    {
        private readonly List<string> _cases = [];

        public int Checked { get; private set; }

        public void Check(string what, double actual, double expected, double relative = RelativeTolerance)
        {
            Checked++;
            if (!Agrees(actual, expected, relative))
            {
                _cases.Add(FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (relative {Math.Abs(actual - expected) / Math.Abs(expected):E2})"));
            }
        }

        public void CheckAbsolute(string what, double actual, double expected, double absolute)
        {
            Checked++;
            if (!(Math.Abs(actual - expected) <= absolute) && !(double.IsNaN(expected) && double.IsNaN(actual)))
            {
                _cases.Add(FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (absolute tolerance {absolute:E1})"));
            }
        }

        public void AssertNone(int atLeast)
        {
            Assert.That(Checked, Is.GreaterThanOrEqualTo(atLeast), "cases checked");
            Assert.That(_cases, Is.Empty, () => $"{_cases.Count} of {Checked} disagree; first: " + string.Join(Environment.NewLine, _cases.Take(15)));
        }
    }
}
