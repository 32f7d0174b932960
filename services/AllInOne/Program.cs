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
app.MapGet("/", () => TypedResults.Ok(new
{
    product = "VoiceOfCustomer (all-in-one)",
    note = "The web portal arrives with the portal issue; until then this process serves the HTTP API.",
    links = new { feedback = "/api/feedback", accounts = "/api/accounts", openApi = "/openapi/v1.json", health = "/health/ready" },
})).ExcludeFromDescription();
app.Run();

/// <summary>The all-in-one host, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
