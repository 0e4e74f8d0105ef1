using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Keurmerk.Audits.Register;

/// <summary>
/// A counter that moves with every change to the public register, in the same transaction as the event
/// that changes it. Whoever keeps a copy of a register answer (the app's output cache, on every instance)
/// keys it by this number, so a suspension is never served stale: the next request reads a new number.
/// </summary>
public static class RegisterVersion
{
    public const string TableName = "keurmerk_register_version";

    /// <summary>The events the register projection reads: only these change what the register says.</summary>
    public static bool Changes(Type eventType) => RegisterProjection.EventTypes.Contains(eventType);

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("id").AsPrimaryKey();
        table.AddColumn<long>("version").NotNull();
        return table;
    }

    /// <summary>The current number (0 before the register's first change): one primary-key lookup.</summary>
    public static async Task<long> Read(IQuerySession session, CancellationToken ct)
    {
        var versions = await session.AdvancedSql.QueryAsync<long>(
            $"select version from {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} where id = 1", ct);
        return versions.Count == 0 ? 0 : versions[0];
    }

    internal static string BumpSql(string schema) =>
        $"insert into {schema}.{TableName} (id, version) values (1, 1) on conflict (id) do update set version = {schema}.{TableName}.version + 1";
}

/// <summary>Moves the register's version when a session is about to save an event that changes the register.</summary>
public sealed class RegisterVersionListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (session.PendingChanges.Streams().Any(s => s.Events.Any(e => RegisterVersion.Changes(e.EventType))))
            session.QueueSqlCommand(RegisterVersion.BumpSql(session.DocumentStore.Options.DatabaseSchemaName));
        return Task.CompletedTask;
    }
}
