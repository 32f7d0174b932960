using VoiceOfCustomer.AllInOne;
using VoiceOfCustomer.AllInOne.Demo;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Prioritization;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Tagging;

var demo = args.Contains(DemoSwitch.Name, StringComparer.Ordinal);
var builder = WebApplication.CreateBuilder([.. args.Where(arg => arg != DemoSwitch.Name)]);
DataFolder.UseByDefault(builder.Configuration);
builder.AddServiceDefaults("all-in-one");
builder.Services.AddIngestion().AddTagging().AddPrioritization().AddReview();
builder.Services.AddServiceBus(builder.Configuration, bus =>
{
    bus.AddIngestionConsumers();
    bus.AddTaggingConsumers();
    bus.AddPrioritizationConsumers();
    bus.AddReviewConsumers();
});
if (demo)
{
    builder.Services.AddHostedService<DemoSeeder>();
}

var app = builder.Build();
app.MapServiceDefaults();
app.MapIngestion();
app.Run();

/// <summary>The all-in-one host, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
