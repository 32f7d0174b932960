using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(PortalModule.Name);
builder.Services.AddPortal();
builder.Services.AddServiceBus(builder.Configuration, _ => { });

var app = builder.Build();
app.MapServiceDefaults();
app.MapPortal();
app.Run();
