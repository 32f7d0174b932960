using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Reflection;

namespace VoiceOfCustomer.Hosting.Storage;

/// <summary>
/// Fills a batch command's parameters from a row object's public properties, as Dapper does for a single
/// command: @Name for each property, typed from the property so a null still has a type, instants in UTC.
/// </summary>
internal static class BatchParameters
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get, DbType Type)[]> Shapes = new();

    public static void Add(DbBatchCommand command, object row) => Add(command.CreateParameter, command.Parameters, row);

    /// <summary>Adds one parameter per property of the row to a collection.</summary>
    public static void Add(Func<DbParameter> create, DbParameterCollection parameters, object row)
    {
        foreach (var (name, _, type) in Shapes.GetOrAdd(row.GetType(), Describe))
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameters.Add(parameter);
        }

        Set(parameters, row);
    }

    /// <summary>Gives parameters made by <see cref="Add(Func{DbParameter}, DbParameterCollection, object)"/> the values of another row of the same type.</summary>
    public static void Set(DbParameterCollection parameters, object row)
    {
        var shape = Shapes.GetOrAdd(row.GetType(), Describe);
        for (var i = 0; i < shape.Length; i++)
        {
            parameters[i].Value = shape[i].Get(row) switch
            {
                null => DBNull.Value,
                DateTimeOffset instant => instant.ToUniversalTime(),
                var value => value,
            };
        }
    }

    private static (string, Func<object, object?>, DbType)[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0)
            .Select(property => (property.Name, (Func<object, object?>)property.GetValue, DbTypeOf(property)))
            .ToArray();

    private static DbType DbTypeOf(PropertyInfo property) => (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) switch
    {
        var t when t == typeof(Guid) => DbType.Guid,
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(bool) => DbType.Boolean,
        var t when t == typeof(decimal) => DbType.Decimal,
        var t when t == typeof(double) => DbType.Double,
        var t when t == typeof(DateTimeOffset) => DbType.DateTimeOffset,
        var t => throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: a {t.Name} cannot be a batch parameter."),
    };
}
