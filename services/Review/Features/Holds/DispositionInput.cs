using VoiceOfCustomer.Hosting.Http;

namespace VoiceOfCustomer.Review.Features.Holds;

/// <summary>A reviewer's disposition of a hold: "confirm" (the suppression stands) or "reinstate" (back to the PM queue), with an optional note.</summary>
public sealed record DispositionInput(string? Disposition, string? Note)
{
    public const string Confirm = "confirm";
    public const string Reinstate = "reinstate";
    public const int MaxNoteLength = 2_000;

    public bool Reinstates => string.Equals(Disposition, Reinstate, StringComparison.Ordinal);

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Disposition is not (Confirm or Reinstate))
        {
            errors.Add("disposition", "disposition is \"confirm\" (the suppression stands) or \"reinstate\" (the item goes back to the PM queue).");
        }

        if (Note is { Length: > MaxNoteLength })
        {
            errors.Add("note", $"note is at most {MaxNoteLength} characters.");
        }
    }
}
