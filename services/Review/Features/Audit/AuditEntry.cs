using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;

namespace VoiceOfCustomer.Review.Features.Audit;

/// <summary>
/// Something to append to the audit log. SourceId names what it records ("FeedbackTriaged:{decision id}"): a second
/// append with the same SourceId (a redelivered message) appends nothing. The payload must hold no personal data,
/// only its <see cref="PersonalDataHash"/>.
/// </summary>
public sealed record AuditEntry(string SourceId, string Actor, string Type, JsonObject Payload);
