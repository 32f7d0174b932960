using NUnit.Framework;

namespace VoiceOfCustomer.Testing;

/// <summary>
/// The servers some tests need. tests/run.sh starts them and exports their addresses; under it
/// (VOC_TEST_REQUIRE_SERVERS=1) a missing server fails the test. Under a plain `dotnet test` the test is
/// skipped with a message naming the command that provides the server.
/// </summary>
public static class TestServers
{
    public const string ProvidedBy = "run tests/run.sh (it installs and starts PostgreSQL and RabbitMQ on loopback)";

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

    private static string Require(string variable, string server, string providedBy)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
        {
            return value;
        }

        var message = $"{server} is needed: {variable} is not set; {providedBy}.";
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
