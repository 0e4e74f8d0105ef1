using JasperFx;
using JasperFx.Events.Projections;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Credentials;
using Keurmerk.Audits.Insight;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Operations;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Schools;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Criteria;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Keurmerk.Audits;

/// <summary>The one place Marten is configured: documents, indexes, event streams and projections.</summary>
public static class KeurmerkStore
{
    public static void Configure(StoreOptions options, string connectionString, string schema = "keurmerk", TimeProvider? clock = null,
        CriteriaLibrary? criteria = null)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.Listeners.Add(new NotificationRules(clock ?? TimeProvider.System));
        options.Listeners.Add(new RegisterVersionListener());
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);

        options.Schema.For<Organisation>().UniqueIndex(o => o.KvkNumber);
        options.Schema.For<AppUser>()
            .UniqueIndex(u => u.NormalizedUserName)
            .Index(u => u.NormalizedEmail)
            .Index(u => u.OrganisationId);
        options.Schema.For<AuthSession>().Index(s => s.UserId).Index(s => s.ExpiresAt);
        options.Schema.For<Notification>()
            .Index(n => n.SentAt)
            .UniqueIndex(n => n.DeduplicationKey!);
        options.Schema.For<Follow>().Index(f => f.OrganisationId).Index(f => f.SchoolUserId);
        // Webhooks of schools: the documents, and the rule that adds deliveries in the same transaction as a status change.
        SchoolsStore.Configure(options, clock ?? TimeProvider.System);
        // Verifiable credentials: status bits flipped in the same transaction as the certificate's events.
        CredentialStatusRules.Configure(options, clock ?? TimeProvider.System);
        options.Schema.For<EvidenceContent>().Index(e => e.AssessmentId);
        options.Schema.For<AssessmentDetails>().Index(a => a.OrganisationId).Index(a => a.Status);

        // The decision state is stored inline, so a save reads one document instead of replaying the stream.
        options.Projections.Add(new AssessmentEvolution(), ProjectionLifecycle.Inline);
        options.Projections.Snapshot<AssessmentDetails>(SnapshotLifecycle.Inline);
        options.Projections.Add(new RegisterProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<RegisterEntry>()
            .UniqueIndex(r => r.CertificateNumber)
            .Index(r => r.KvkNumber)
            .Index(r => r.OrganisationId);
        ConfigureRegisterSearch(options);

        // Objections: a stream of their own; the decision state live, the details inline.
        options.Projections.Add(new ObjectionEvolution(), ProjectionLifecycle.Live);
        options.Projections.Snapshot<ObjectionDetails>(SnapshotLifecycle.Inline);
        options.Schema.For<ObjectionDetails>().Index(o => o.AssessmentId).Index(o => o.Status).UniqueIndex(o => o.DecisionKey);

        // Signals: a stream of their own; measures on the certificate append to the assessment stream alongside.
        options.Projections.Add(new SignalEvolution(), ProjectionLifecycle.Live);
        options.Projections.Snapshot<SignalDetails>(SnapshotLifecycle.Inline);
        options.Schema.For<SignalDetails>().Index(s => s.Status).Index(s => s.OrganisationId).Index(s => s.RaisedAt);

        // The Data Protection key ring shared by all instances (login cookies, antiforgery, protected secrets).
        options.Schema.For<DataProtectionKey>().Identity(k => k.Id);

        // The network's dashboard: async projections (they judge answers, so they need the criteria).
        if (criteria is not null) InsightStore.Configure(options, criteria);

        options.Storage.ExtendedSchemaObjects.Add(RegisterVersion.Table(schema));
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(schema, CertificateNumbers.SequenceName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General)));
        // Tamper evidence: a trigger hashes every appended event into its stream's chain (AuditChain/).
        options.Storage.Add(new AuditChainFeature(options));
    }

    /// <summary>
    /// The register's search and sort keys (RegisterKeys) as columns of their own, so every register
    /// query is an index scan: trigrams for "part of name, KvK number or city", a btree in byte order
    /// for the sort (and a name prefix, which is a range of it) and keyset paging, one for the city.
    /// Status and last valid day as columns, so the effective status is a comparison, not JSON parsing.
    /// </summary>
    private static void ConfigureRegisterSearch(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        options.Schema.For<RegisterEntry>()
            .Duplicate(r => r.SearchKey, "text", notNull: true, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Duplicate(r => r.SortKey, "text", notNull: true, configure: index => index.Collation = "C")
            .Duplicate(r => r.CityKey, "text", notNull: true)
            .Duplicate(r => r.Status, notNull: true)
            .Duplicate(r => r.ValidUntil, notNull: true);
    }
}
