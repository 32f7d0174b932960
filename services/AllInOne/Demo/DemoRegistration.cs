using VoiceOfCustomer.Hosting;

namespace VoiceOfCustomer.AllInOne.Demo;

internal static class DemoRegistration
{
    /// <summary>With the demo on: its users (registered first, so they exist before the portal looks for a first admin) and its data.</summary>
    public static void AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DemoOptions>(DemoOptions.Section);
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled"))
        {
            builder.Services.AddHostedService<DemoUsers>();
            builder.Services.AddSingleton<DemoTriage>();
            builder.Services.AddHostedService<DemoSeeder>();
        }
    }
}
