using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Tagging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(TaggingModule.Name);
builder.Services.AddTagging();
builder.Services.AddServiceBus(builder.Configuration, bus => bus.AddTaggingConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.MapTagging();
app.Run();
