using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.AuditChain;
using Keurmerk.Audits.Transparency;
using Microsoft.AspNetCore.Http;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>The audit log's filters, from the query string. Organisation matches a name (part) or a KvK number; Actor a display name (part).</summary>
public sealed record AuditLogFilter(
    string? Organisation = null,
    string? Actor = null,
    string? EventType = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1)
{
    /// <summary>From 1, and never so far that the offset overflows: a page past the end is simply empty.</summary>
    public int SafePage => Math.Clamp(Page, 1, int.MaxValue / AuditLogPage.PageSize);

    /// <summary>The same filters on another page, for the pager links.</summary>
    public string UrlFor(int page)
    {
        var query = new Dictionary<string, string?>
        {
            [nameof(Organisation)] = Organisation,
            [nameof(Actor)] = Actor,
            [nameof(EventType)] = EventType,
            [nameof(From)] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [nameof(To)] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [nameof(Page)] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/audit" + QueryString.Create(query.Where(q => !string.IsNullOrWhiteSpace(q.Value)));
    }
}

/// <summary>One event; AssessmentId is the assessment its stream is about (the stream itself, or the one an objection or signal concerns).</summary>
public sealed record AuditLogRow(
    long Sequence,
    Guid StreamId,
    Guid? AssessmentId,
    long Version,
    DateTimeOffset At,
    string Organisation,
    string Actor,
    string What,
    string EventType)
{
    /// <summary>The other streams this line belongs with: the assessment, the signal or objection behind it.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];
}

public sealed record RelatedLink(string Text, string Url);

public sealed record AuditLogPage(
    AuditLogFilter Filter,
    IReadOnlyList<AuditLogRow> Rows,
    int TotalRows,
    IReadOnlyList<string> EventTypes)
{
    public const int PageSize = 50;

    public int PageCount => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);

    public bool HasPrevious => Filter.SafePage > 1;

    public bool HasNext => Filter.SafePage < PageCount;
}

/// <summary>The verifier's report, with the assessment (and so the organisation) of each broken stream for the reader, and the latest published checkpoint.</summary>
public sealed record AuditChainPage(AuditChainReport Report, IReadOnlyDictionary<Guid, AssessmentDetails> Assessments, StoredCheckpoint? LatestCheckpoint = null)
{
    public AssessmentDetails? AssessmentOf(Guid streamId) => Assessments.GetValueOrDefault(streamId);
}
