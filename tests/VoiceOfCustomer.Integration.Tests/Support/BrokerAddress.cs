namespace VoiceOfCustomer.Integration.Tests.Support;

/// <summary>The test broker and its login, read from the amqp:// URI in VOC_TEST_RABBITMQ (its virtual host is not used: each run makes its own).</summary>
internal sealed record BrokerAddress(string Host, int Port, string Username, string Password)
{
    private const int AmqpPort = 5672;

    public static BrokerAddress Parse(Uri amqp)
    {
        var login = amqp.UserInfo.Split(':', 2);
        return new BrokerAddress(
            amqp.Host,
            amqp.Port > 0 ? amqp.Port : AmqpPort,
            login[0].Length > 0 ? Uri.UnescapeDataString(login[0]) : "guest",
            login.Length > 1 ? Uri.UnescapeDataString(login[1]) : "guest");
    }

    // The password stays out of test output.
    public override string ToString() => $"{Username}@{Host}:{Port}";
}
