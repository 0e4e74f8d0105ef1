using JasperFx.Events;
using Keurmerk.Audits.Transparency;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace Keurmerk.Audits.AuditChain;

/// <summary>
/// Registers the audit chain as a storage feature of its own rather than an extended schema object:
/// Marten applies extended objects before its event tables, and the trigger needs mt_events to exist.
/// Custom features come after the event store, and depending on IEvent keeps that order when
/// Marten creates storage lazily.
/// </summary>
public sealed class AuditChainFeature(StoreOptions options) : FeatureSchemaBase("AuditChain", options.Advanced.Migrator)
{
    public override Type StorageType => typeof(AuditChainFeature);

    public override IEnumerable<Type> DependentTypes()
    {
        yield return typeof(IEvent);
    }

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        yield return new AuditChainSchema(options.Events.DatabaseSchemaName);
        // Published checkpoints over the chain heads (Transparency/): append-only like the chain itself.
        yield return new TransparencySchema(options.Events.DatabaseSchemaName);
    }
}
