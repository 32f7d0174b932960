using System.Globalization;
using VoiceOfCustomer.Hosting.Storage;
using VoiceOfCustomer.Hosting.Tests.Support;

namespace VoiceOfCustomer.Hosting.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class When_values_round_trip_through_Dapper(StorageProvider provider) : MigratedDatabaseFixture(provider)
{
    [Test]
    public async Task It_reads_back_a_guid_and_finds_the_row_by_it()
    {
        var row = new ValueRow { Id = Guid.Parse("8a1e52c4-07f3-4d6b-9c2e-f0a1b2c3d4e5"), ParentId = Guid.Parse("00000000-0000-0000-0000-0000000000ff") };

        var read = await Database.RoundTripAsync(row);

        Assert.That(read.Id, Is.EqualTo(row.Id));
        Assert.That(read.ParentId, Is.EqualTo(row.ParentId));
    }

    [Test]
    public async Task It_reads_back_null_from_every_nullable_column()
    {
        var read = await Database.RoundTripAsync(new ValueRow { SeenAt = null, ParentId = null, Discount = null, Quota = null });

        Assert.That(read.SeenAt, Is.Null);
        Assert.That(read.ParentId, Is.Null);
        Assert.That(read.Discount, Is.Null);
        Assert.That(read.Quota, Is.Null);
    }

    [Test]
    public async Task It_reads_back_every_nullable_column_that_holds_a_value()
    {
        var row = new ValueRow
        {
            SeenAt = new DateTimeOffset(2023, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5)).AddTicks(9_999_990),
            ParentId = Guid.NewGuid(),
            Discount = -0.05m,
            Quota = 0,
        };

        var read = await Database.RoundTripAsync(row);

        Assert.That(read.SeenAt, Is.EqualTo(row.SeenAt));
        Assert.That(read.ParentId, Is.EqualTo(row.ParentId));
        Assert.That(read.Discount, Is.EqualTo(row.Discount));
        Assert.That(read.Quota, Is.Zero);
    }

    [TestCase("0.01")]
    [TestCase("-0.01")]
    [TestCase("12.30")]
    [TestCase("1234567.89")]
    [TestCase("9999999999999.99")]
    [TestCase("-9999999999999.99")]
    public async Task It_keeps_a_decimal_18_2_of_up_to_15_digits_exactly(string text) => await AssertKeepsAsync(text);

    [TestCase("9999999999999999.99")]
    [TestCase("-9999999999999999.99")]
    public async Task It_keeps_the_largest_decimal_18_2_exactly(string text)
    {
        if (Provider == StorageProvider.Sqlite)
        {
            Assert.Ignore("SQLite's NUMERIC affinity (how the services declare money on SQLite) stores a decimal as an 8-byte REAL: exact to 15 significant digits, so amounts from 10^13 up lose their cents.");
        }

        await AssertKeepsAsync(text);
    }

    [TestCase(long.MaxValue)]
    [TestCase(long.MinValue)]
    [TestCase(-1L)]
    [TestCase(4_294_967_296L)]
    public async Task It_keeps_a_long_exactly(long value)
    {
        var read = await Database.RoundTripAsync(new ValueRow { Quantity = value, Quota = value });

        Assert.That(read.Quantity, Is.EqualTo(value));
        Assert.That(read.Quota, Is.EqualTo(value));
    }

    private async Task AssertKeepsAsync(string text)
    {
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);

        var read = await Database.RoundTripAsync(new ValueRow { Amount = amount, Discount = amount });

        Assert.That(read.Amount, Is.EqualTo(amount));
        Assert.That(read.Discount, Is.EqualTo(amount));
    }
}
