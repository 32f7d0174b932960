using NUnit.Framework;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// The servers (and the browser) some tests need. tests/run.sh installs and starts them and exports their
/// addresses; under it (VOC_TEST_REQUIRE_SERVERS=1) a missing one fails the test. Under a plain `dotnet test`
/// the test is skipped with a message naming the command that provides it.
/// </summary>
public static class TestServers
{
    public const string ProvidedBy = "run tests/run.sh (it installs and starts PostgreSQL and RabbitMQ on loopback)";

    public const string BrowserProvidedBy = "run tests/run.sh, which installs Chromium and axe-core";

    public static bool Required => Environment.GetEnvironmentVariable("VOC_TEST_REQUIRE_SERVERS") == "1";

    /// <summary>Npgsql connection string of the test PostgreSQL server (VOC_TEST_POSTGRES).</summary>
    public static string PostgreSql() => Require("VOC_TEST_POSTGRES", "PostgreSQL", ProvidedBy);

    /// <summary>amqp:// URI of the test RabbitMQ broker (VOC_TEST_RABBITMQ).</summary>
    public static Uri RabbitMq() => new(Require("VOC_TEST_RABBITMQ", "RabbitMQ", ProvidedBy));

    /// <summary>SqlClient connection string (VOC_TEST_SQLSERVER). SQL Server cannot run on these machines, so it is never required.</summary>
    public static string SqlServer() =>
        Environment.GetEnvironmentVariable("VOC_TEST_SQLSERVER") is { Length: > 0 } value
            ? value
            : Skip("SQL Server tests need VOC_TEST_SQLSERVER to hold a connection string; SQL Server cannot run on this kind of machine, so this provider is not exercised here.");

    /// <summary>Debian's Chromium, the only browser the browser tests drive (Playwright never downloads one).</summary>
    public static string Chromium() => Installed("/usr/bin/chromium", "Chromium");

    /// <summary><paramref name="path"/> when the file is there; a browser-test tool that tests/run.sh installs otherwise.</summary>
    public static string Installed(string path, string tool) =>
        File.Exists(path) ? path : Missing($"{tool} is needed: {path} is not there; {BrowserProvidedBy}.");

    private static string Require(string variable, string server, string providedBy) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : Missing($"{server} is needed: {variable} is not set; {providedBy}.");

    private static string Missing(string message)
    {
        if (Required)
        {
            Assert.Fail(message);
        }

        return Skip(message);
    }

    private static string Skip(string message)
    {
        Assert.Ignore(message);
        return "";
    }
}
