using VoiceOfCustomer.AllInOne;
using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Ingestion;
using VoiceOfCustomer.Prioritization;
using VoiceOfCustomer.Review;
using VoiceOfCustomer.Tagging;

var builder = WebApplication.CreateBuilder(args);
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

var app = builder.Build();
app.MapServiceDefaults();
app.MapIngestion();
app.Run();
