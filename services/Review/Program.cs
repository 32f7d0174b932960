using VoiceOfCustomer.Hosting;
using VoiceOfCustomer.Hosting.Messaging;
using VoiceOfCustomer.Review;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReviewModule.Name);
builder.Services.AddReview();
builder.Services.AddServiceBus(builder.Configuration, bus => bus.AddReviewConsumers());

var app = builder.Build();
app.MapServiceDefaults();
app.MapReview();
app.Run();
