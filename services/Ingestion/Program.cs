using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(IngestionModule.Name);
builder.Services.AddIngestion();
builder.Services.AddServiceBus(builder.Configuration, bus => bus.AddIngestionConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.MapIngestion();
app.Run();
