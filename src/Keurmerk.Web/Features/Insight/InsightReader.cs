using Keurmerk.Audits.Insight;
using Keurmerk.Audits.Organisations;
using Keurmerk.Domain.Criteria;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Keurmerk.Web.Features.Insight;

/// <summary>What the dashboard shows: published tables only, and how recent the figures are.</summary>
public sealed record InsightDashboard(
    InsightFilter Filter,
    IReadOnlyList<PublishedTable> Tables,
    PublishedTable Conversion,
    DateTimeOffset? AsOf,
    int Threshold,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Cities)
{
    public PublishedTable Table(string key) => Tables.First(t => t.Key == key);
}

/// <summary>
/// Reads the async projections, computes the tables and publishes them through <see cref="Disclosure"/>:
/// the only way figures reach a page, a chart or an export. A result is kept a minute per filter, since
/// the daemon's figures trail the decisions anyway and the page says as of when.
/// </summary>
public sealed class InsightReader(IDocumentStore store, CriteriaLibrary criteria, IMemoryCache cache, IConfiguration configuration)
{
    /// <summary>Counts under this are hidden; 0 switches suppression off (for tests that read the raw counts, never in production).</summary>
    public int Threshold => Math.Max(0, configuration.GetValue("Insight:SmallCellThreshold", 10));

    private TimeSpan CacheFor => TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Insight:CacheSeconds", 60)));

    public async Task<InsightDashboard> Load(InsightFilter filter, CancellationToken ct)
    {
        var key = ("insight", filter, Threshold);
        if (cache.TryGetValue(key, out InsightDashboard? cached) && cached is not null) return cached;

        await using var session = store.QuerySession();
        var data = await Read(session, filter, ct);
        var tables = InsightFigures.All(data, filter, criteria).Select(t => Disclosure.Publish(t, Threshold)).ToList();
        var everyone = await session.Query<Organisation>().Select(o => o.Sector).Distinct().ToListAsync(ct);
        var cities = await session.Query<Organisation>().Select(o => o.City).Distinct().ToListAsync(ct);
        var dashboard = new InsightDashboard(filter, tables, InsightFigures.Conversion(tables.First(t => t.Key == "pipeline")),
            await AsOf(session, ct), Threshold, [.. everyone.Order()], [.. cities.Order()]);
        if (CacheFor > TimeSpan.Zero) cache.Set(key, dashboard, CacheFor);
        return dashboard;
    }

    private static async Task<InsightData> Read(IQuerySession session, InsightFilter filter, CancellationToken ct)
    {
        var end = new DateTimeOffset(filter.To.Next.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
        var start = new DateTimeOffset(filter.From.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);

        var organisations = session.Query<Organisation>().AsQueryable();
        var assessments = session.Query<AssessmentInsight>().Where(a => a.StartedAt < end);
        if (filter.Sector is { } sector)
        {
            organisations = organisations.Where(o => o.Sector.Equals(sector, StringComparison.OrdinalIgnoreCase));
            assessments = assessments.Where(a => a.Sector.Equals(sector, StringComparison.OrdinalIgnoreCase));
        }
        if (filter.City is { } city)
        {
            organisations = organisations.Where(o => o.City.Equals(city, StringComparison.OrdinalIgnoreCase));
            assessments = assessments.Where(a => a.City.Equals(city, StringComparison.OrdinalIgnoreCase));
        }
        if (filter.Size is { } size)
        {
            organisations = organisations.Where(o => o.SizeClass == size);
            assessments = assessments.Where(a => a.SizeClass == size);
        }

        var facts = (await organisations.ToListAsync(ct)).Select(o => new OrganisationFacts(o.Id, o.Sector, o.SizeClass, o.City, o.RegisteredAt)).ToList();
        return new InsightData(facts,
            await assessments.ToListAsync(ct),
            await session.Query<SignalInsight>().Where(s => s.RaisedAt >= start && s.RaisedAt < end).ToListAsync(ct),
            await session.Query<ObjectionInsight>().Where(o => o.LodgedAt < end).ToListAsync(ct));
    }

    /// <summary>The moment of the last event every insight projection has processed; null before the daemon's first run.</summary>
    private async Task<DateTimeOffset?> AsOf(IQuerySession session, CancellationToken ct)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: ct);
        var shards = progress.Where(p => p.ShardName.Contains("Insight", StringComparison.Ordinal)).ToList();
        if (shards.Count == 0) return null;
        var sequence = shards.Min(s => s.Sequence);
        if (sequence <= 0) return null;
        var last = await session.Events.QueryAllRawEvents().Where(e => e.Sequence <= sequence)
            .OrderByDescending(e => e.Sequence).Take(1).ToListAsync(ct);
        return last.Count > 0 ? last[0].Timestamp : null;
    }
}
