using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;

namespace Keurmerk.Audits.Transparency;

/// <summary>
/// Where published checkpoints are kept: <c>audit_checkpoint</c> (one row per signed checkpoint) and
/// <c>audit_checkpoint_leaf</c> (a stream's head from the checkpoint where it changed on; the leaves of
/// checkpoint N are each stream's latest row up to N, so an hour in which ten streams changed adds ten rows,
/// not a copy of every stream). Both are append-only: triggers refuse UPDATE, DELETE and TRUNCATE.
/// </summary>
public sealed class TransparencySchema(string schema) : ISchemaObject
{
    public const string CheckpointTable = "audit_checkpoint";
    public const string LeafTable = "audit_checkpoint_leaf";
    public const string GuardFunction = "audit_checkpoint_append_only";

    /// <summary>Bump when the SQL below changes: stored as a comment on the checkpoint table's trigger.</summary>
    public const string Version = "keurmerk-transparency v1";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(schema, CheckpointTable, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
        yield return new PostgresqlObjectName(schema, LeafTable, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);
        yield return new PostgresqlObjectName(schema, GuardFunction, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);
    }

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(CreateSql);

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine($"""
        drop table if exists {schema}.{LeafTable};
        drop table if exists {schema}.{CheckpointTable};
        drop function if exists {schema}.{GuardFunction}();
        """);

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append($"""
        select (select obj_description(t.oid, 'pg_trigger')
                  from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = '{Literal(schema)}' and c.relname = '{CheckpointTable}'
                   and t.tgname = '{GuardFunction}' and t.tgenabled <> 'D') as version,
               to_regclass('{Literal(schema)}.{CheckpointTable}') is not null as has_table;
        """);

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        string? version = null;
        var hasTable = false;
        if (await reader.ReadAsync(ct))
        {
            version = await reader.IsDBNullAsync(0, ct) ? null : reader.GetString(0);
            hasTable = await reader.GetFieldValueAsync<bool>(1, ct);
        }
        var difference = (version, hasTable) switch
        {
            (null, false) => SchemaPatchDifference.Create,
            (Version, true) => SchemaPatchDifference.None,
            _ => SchemaPatchDifference.Update,
        };
        return new Delta(this, difference);
    }

    /// <summary>Idempotent; never drops a table, so re-applying keeps every checkpoint.</summary>
    private string CreateSql => $$"""
        create table if not exists {{schema}}.{{CheckpointTable}} (
            sequence bigint primary key,
            issued_at timestamptz not null,
            tree_size bigint not null,
            event_count bigint not null,
            root text not null,
            previous_hash text not null,
            hash text not null unique,
            key_id text not null,
            jws text not null);

        create table if not exists {{schema}}.{{LeafTable}} (
            stream_id uuid not null,
            checkpoint bigint not null references {{schema}}.{{CheckpointTable}} (sequence),
            version bigint not null,
            head_hash text not null,
            primary key (stream_id, checkpoint));

        create or replace function {{schema}}.{{GuardFunction}}() returns trigger language plpgsql as $guard$
        begin
            raise exception 'audit checkpoints are append-only: % on % is refused', tg_op, tg_table_name
                using errcode = 'insufficient_privilege';
        end
        $guard$;

        create or replace trigger {{GuardFunction}} before update or delete on {{schema}}.{{LeafTable}}
            for each row execute function {{schema}}.{{GuardFunction}}();
        create or replace trigger {{GuardFunction}}_truncate before truncate on {{schema}}.{{LeafTable}}
            for each statement execute function {{schema}}.{{GuardFunction}}();
        create or replace trigger {{GuardFunction}}_truncate before truncate on {{schema}}.{{CheckpointTable}}
            for each statement execute function {{schema}}.{{GuardFunction}}();
        create or replace trigger {{GuardFunction}} before update or delete on {{schema}}.{{CheckpointTable}}
            for each row execute function {{schema}}.{{GuardFunction}}();
        alter table {{schema}}.{{CheckpointTable}} enable trigger {{GuardFunction}};
        comment on trigger {{GuardFunction}} on {{schema}}.{{CheckpointTable}} is '{{Version}}';
        """;

    private static string Literal(string text) => text.Replace("'", "''");

    private sealed class Delta(ISchemaObject schemaObject, SchemaPatchDifference difference) : ISchemaObjectDelta
    {
        public ISchemaObject SchemaObject => schemaObject;
        public SchemaPatchDifference Difference => difference;

        public void WriteUpdate(Migrator rules, TextWriter writer) => schemaObject.WriteCreateStatement(rules, writer);

        // Dropping would lose the published checkpoints: a rollback leaves them as they are.
        public void WriteRollback(Migrator rules, TextWriter writer) { }

        public void WriteRestorationOfPreviousState(Migrator rules, TextWriter writer) { }
    }
}
