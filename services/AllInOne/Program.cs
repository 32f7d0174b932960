using VoiceOfCustomer.AllInOne;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Portal;
using VoiceOfCustomer.Prioritization;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Tagging;

var builder = WebApplication.CreateBuilder([.. args.Where(arg => arg != DemoOptions.Switch)]);
if (args.Contains(DemoOptions.Switch, StringComparer.Ordinal))
{
    builder.Configuration[$"{DemoOptions.Section}:Enabled"] = "true";
}

DataFolder.UseByDefault(builder.Configuration);
builder.AddServiceDefaults("all-in-one");
builder.AddDemo();
builder.Services.AddIngestion().AddTagging().AddPrioritization().AddReview().AddPortal();
builder.Services.AddServiceBus(builder.Configuration, bus =>
{
    bus.AddIngestionConsumers();
    bus.AddTaggingConsumers();
    bus.AddPrioritizationConsumers();
    bus.AddReviewConsumers();
});
var app = builder.Build();
app.MapServiceDefaults();
app.MapIngestion();
app.MapTagging();
app.MapPrioritization();
app.MapReview();
app.MapPortal();
app.Run();

/// <summary>The all-in-one host, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
