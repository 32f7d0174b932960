using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Prioritization;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(PrioritizationModule.Name);
builder.Services.AddPrioritization();
builder.Services.AddServiceBus(builder.Configuration, bus => bus.AddPrioritizationConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.MapPrioritization();
app.Run();
