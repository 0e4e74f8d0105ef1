using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;

namespace Keurmerk.Audits.AuditChain;

/// <summary>
/// The database half of the audit chain, created with Marten's own schema (see AuditChainFeature):
/// the table <c>audit_chain</c>, the hash function and an AFTER INSERT trigger on <c>mt_events</c>. The trigger sees each event row exactly as stored, so whichever way Marten appends
/// (quick or rich), every event gets its hash and its predecessor's hash in the same transaction.
/// </summary>
public sealed class AuditChainSchema(string schema) : ISchemaObject
{
    public const string TableName = "audit_chain";
    public const string TriggerName = "audit_chain_link";
    public const string HashFunctionName = "audit_chain_hash";
    public const string LinkFunctionName = "audit_chain_link";

    /// <summary>Marten's placeholder for sequence numbers of a failed transaction: no content, not part of any chain.</summary>
    public const string TombstoneType = "tombstone";

    /// <summary>Bump when the SQL below changes: the version is stored as a comment, a different one makes Weasel re-apply it.</summary>
    public const string Version = "keurmerk-audit-chain v1";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(schema, TableName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
        yield return new PostgresqlObjectName(schema, HashFunctionName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);
        yield return new PostgresqlObjectName(schema, LinkFunctionName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);
    }

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(CreateSql);

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine($"""
        drop trigger if exists {TriggerName} on {schema}.mt_events;
        drop function if exists {schema}.{LinkFunctionName}();
        drop function if exists {schema}.{HashFunctionName}(uuid, bigint, text, jsonb, bytea, text);
        drop table if exists {schema}.{TableName};
        """);

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) =>
        VersionedTrigger.AppendProbe(builder, schema, "mt_events", TriggerName, TableName);

    public Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) =>
        VersionedTrigger.ReadDelta(this, reader, Version, ct);

    /// <summary>
    /// Idempotent: safe to run again. Events stored before the chain existed are sealed once, when the
    /// table is created, and never again: a trigger dropped and re-created later must not bless rows
    /// that were inserted past it (the verifier reports those as unchained).
    /// </summary>
    private string CreateSql => $$"""
        create or replace function {{schema}}.{{HashFunctionName}}(stream_id uuid, version bigint, type text, data jsonb, bdata bytea, previous_hash text)
        returns text language sql immutable as $hash$
            select encode(sha256(convert_to(
                stream_id::text || E'\n' || version::text || E'\n' || type || E'\n' || data::text || E'\n'
                || coalesce(encode(bdata, 'hex'), '') || E'\n' || previous_hash, 'UTF8')), 'hex')
        $hash$;

        create or replace function {{schema}}.{{LinkFunctionName}}() returns trigger language plpgsql as $link$
        declare
            previous text;
        begin
            if new.type = '{{TombstoneType}}' then return null; end if;
            select c.hash into previous from {{schema}}.{{TableName}} c where c.stream_id = new.stream_id and c.version = new.version - 1;
            previous := coalesce(previous, '');
            insert into {{schema}}.{{TableName}} (seq_id, stream_id, version, hash, previous_hash)
            values (new.seq_id, new.stream_id, new.version,
                    {{schema}}.{{HashFunctionName}}(new.stream_id, new.version, new.type, new.data, new.bdata, previous), previous);
            return null;
        end
        $link$;

        do $create$
        declare
            e record;
            previous text;
        begin
            if to_regclass('{{VersionedTrigger.Literal(schema)}}.{{TableName}}') is null then
                create table {{schema}}.{{TableName}} (
                    seq_id bigint primary key,
                    stream_id uuid not null,
                    version bigint not null,
                    hash text not null,
                    previous_hash text not null,
                    constraint {{TableName}}_stream_version unique (stream_id, version));
                for e in select * from {{schema}}.mt_events where type <> '{{TombstoneType}}' order by stream_id, version loop
                    select c.hash into previous from {{schema}}.{{TableName}} c where c.stream_id = e.stream_id and c.version = e.version - 1;
                    previous := coalesce(previous, '');
                    insert into {{schema}}.{{TableName}} (seq_id, stream_id, version, hash, previous_hash)
                    values (e.seq_id, e.stream_id, e.version,
                            {{schema}}.{{HashFunctionName}}(e.stream_id, e.version, e.type, e.data, e.bdata, previous), previous);
                end loop;
            end if;
        end
        $create$;

        create or replace trigger {{TriggerName}} after insert on {{schema}}.mt_events
            for each row execute function {{schema}}.{{LinkFunctionName}}();
        alter table {{schema}}.mt_events enable trigger {{TriggerName}};
        comment on trigger {{TriggerName}} on {{schema}}.mt_events is '{{Version}}';
        """;
}
