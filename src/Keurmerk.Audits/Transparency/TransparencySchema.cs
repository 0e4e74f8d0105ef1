using Keurmerk.Audits.AuditChain;
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

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) =>
        VersionedTrigger.AppendProbe(builder, schema, CheckpointTable, GuardFunction, CheckpointTable);

    public Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) =>
        VersionedTrigger.ReadDelta(this, reader, Version, ct);

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
}
