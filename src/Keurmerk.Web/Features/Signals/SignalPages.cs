using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Signals;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Assessments;

namespace Keurmerk.Web.Features.Signals;

public sealed record SignalQueuePage(IReadOnlyList<SignalDetails> Open, IReadOnlyList<SignalDetails> RecentlyClosed, DateTimeOffset Now)
{
    public SignalFilter Filter { get; init; } = new();

    public int DaysWaiting(SignalDetails s) => (int)(Now - s.RaisedAt).TotalDays;
}

/// <summary>One signal for the assessor: what was reported, the certificate as it stands, the steps open now and what happened so far.</summary>
public sealed record SignalPage(
    SignalDetails Signal,
    AssessmentDetails Certificate,
    IReadOnlySet<SignalTriage> Permitted,
    IReadOnlyList<AuditEntry> History,
    IReadOnlyDictionary<Guid, string> Names,
    string? Error)
{
    public bool Can(SignalTriage step) => Permitted.Contains(step);

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";
}

/// <summary>The employer's view: the questions put to it, never the reporter's words or contact.</summary>
public sealed record SignalResponsePage(SignalDetails Signal, string? Text, string? Error);
