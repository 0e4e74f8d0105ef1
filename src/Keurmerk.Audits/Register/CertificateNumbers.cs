using Marten;

namespace Keurmerk.Audits.Register;

/// <summary>
/// Certificate numbers HSS-&lt;year&gt;-&lt;5 digits&gt; from a PostgreSQL sequence: unique across all
/// app instances and never reused, even when the transaction that drew one rolls back.
/// </summary>
public static class CertificateNumbers
{
    public const string SequenceName = "certificate_number";

    public static async Task<string> Next(IQuerySession session, DateOnly validFrom, CancellationToken ct = default)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var next = (await session.QueryAsync<long>($"select nextval('{schema}.{SequenceName}')", ct)).Single();
        return Format(validFrom.Year, next);
    }

    public static string Format(int year, long number) => $"HSS-{year}-{number:D5}";
}
