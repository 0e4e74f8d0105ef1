using System.Data.Common;
using Weasel.Core;

namespace Keurmerk.Audits.AuditChain;

/// <summary>
/// How the hand-written schema objects (the audit chain, the transparency checkpoints) tell Weasel whether
/// they are there and current: their SQL is idempotent and its version is a comment on one trigger. No
/// trigger and no table: create; the expected version and the table: nothing to do; anything else: run the
/// SQL again. A rollback never drops anything, because the tables hold what must be kept.
/// </summary>
public static class VersionedTrigger
{
    /// <summary>One row: the version comment on the enabled trigger (or null), and whether the table exists.</summary>
    public static void AppendProbe(Weasel.Core.DbCommandBuilder builder, string schema, string triggerTable, string trigger, string table) => builder.Append($"""
        select (select obj_description(t.oid, 'pg_trigger')
                  from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = '{Literal(schema)}' and c.relname = '{Literal(triggerTable)}'
                   and t.tgname = '{Literal(trigger)}' and t.tgenabled <> 'D') as version,
               to_regclass('{Literal(schema)}.{Literal(table)}') is not null as has_table;
        """);

    public static async Task<ISchemaObjectDelta> ReadDelta(ISchemaObject owner, DbDataReader reader, string expectedVersion, CancellationToken ct)
    {
        string? version = null;
        var hasTable = false;
        if (await reader.ReadAsync(ct))
        {
            version = await reader.IsDBNullAsync(0, ct) ? null : reader.GetString(0);
            hasTable = await reader.GetFieldValueAsync<bool>(1, ct);
        }
        var difference = version is null && !hasTable ? SchemaPatchDifference.Create
            : version == expectedVersion && hasTable ? SchemaPatchDifference.None
            : SchemaPatchDifference.Update;
        return new Delta(owner, difference);
    }

    public static string Literal(string text) => text.Replace("'", "''");

    private sealed class Delta(ISchemaObject schemaObject, SchemaPatchDifference difference) : ISchemaObjectDelta
    {
        public ISchemaObject SchemaObject => schemaObject;
        public SchemaPatchDifference Difference => difference;

        public void WriteUpdate(Migrator rules, TextWriter writer) => schemaObject.WriteCreateStatement(rules, writer);

        // Dropping would lose hashes or published checkpoints: a rollback leaves them as they are.
        public void WriteRollback(Migrator rules, TextWriter writer) { }

        public void WriteRestorationOfPreviousState(Migrator rules, TextWriter writer) { }
    }
}
