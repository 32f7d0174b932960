using System.Data;
using System.Globalization;
using Dapper;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>
/// SQLite has no uuid or timestamp type: values come back as text. These handlers read them on every
/// provider, and write instants in UTC so text comparisons in SQLite order like time.
/// </summary>
internal static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            // Dapper looks parameter types (nullable ones too) up in its built-in map before its handlers: without
            // this, InstantHandler.SetValue never runs and instants keep their offset (PostgreSQL then refuses them).
            // DateTimeOffset? stays mapped, so a single-column read of NULL still gives null.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.AddTypeHandler(new GuidHandler());
            SqlMapper.AddTypeHandler(new InstantHandler());
        }
    }

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override Guid Parse(object value) => value switch
        {
            Guid guid => guid,
            string text => Guid.Parse(text, CultureInfo.InvariantCulture),
            byte[] bytes => new Guid(bytes),
            _ => throw new DataException($"Cannot read a {value.GetType().Name} as a Guid."),
        };

        public override void SetValue(IDbDataParameter parameter, Guid value) => parameter.Value = value;
    }

    private sealed class InstantHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset instant => instant,
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read a {value.GetType().Name} as a DateTimeOffset."),
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = value.ToUniversalTime();
        }
    }
}
