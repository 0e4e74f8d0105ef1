using JasperFx;
using JasperFx.Events.Projections;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Marten;
using Marten.Events.Projections;
using Keurmerk.Audits.Register;
using Weasel.Core;
using Weasel.Postgresql;

namespace Keurmerk.Audits;

/// <summary>The one place Marten is configured: documents, indexes, event streams and projections.</summary>
public static class KeurmerkStore
{
    public static void Configure(StoreOptions options, string connectionString, string schema = "keurmerk")
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);

        options.Schema.For<Organisation>().UniqueIndex(o => o.KvkNumber);
        options.Schema.For<AppUser>()
            .UniqueIndex(u => u.NormalizedUserName)
            .Index(u => u.NormalizedEmail)
            .Index(u => u.OrganisationId);
        options.Schema.For<EvidenceContent>().Index(e => e.AssessmentId);
        options.Schema.For<AssessmentDetails>().Index(a => a.OrganisationId).Index(a => a.Status);

        options.Projections.Add(new AssessmentEvolution(), ProjectionLifecycle.Live);
        options.Projections.Snapshot<AssessmentDetails>(SnapshotLifecycle.Inline);
        options.Projections.Add(new RegisterProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<RegisterEntry>()
            .UniqueIndex(r => r.CertificateNumber)
            .Index(r => r.KvkNumber)
            .Index(r => r.OrganisationId);

        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(schema, CertificateNumbers.SequenceName)));
    }
}
