using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Objections;
using Keurmerk.Domain.Objections;

namespace Keurmerk.Web.Features.Objections;

/// <summary>The objection form. Decision is what the objection would be against; Refusal says why none is possible now.</summary>
public sealed record LodgePage(
    AssessmentDetails Assessment,
    ContestableDecision? Decision,
    string? Refusal,
    string? Motivation = null,
    string? Error = null)
{
    public bool CanLodge => Decision is not null && Refusal is null;
}

/// <summary>One objection, for the employer's status page and the assessor's handling page.</summary>
public sealed record ObjectionPage(
    ObjectionDetails Objection,
    AssessmentDetails Assessment,
    Guid Me,
    IReadOnlyDictionary<Guid, string> Names,
    string? Error = null)
{
    public bool TookPart => Objection.DecisionMadeBy.Contains(Me);

    public bool CanTake => Objection.Status == ObjectionStatus.Lodged && !TookPart;

    public bool CanDecide => Objection.Status == ObjectionStatus.InHandling && Objection.HandlerId == Me && !TookPart;

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";
}

/// <summary>All objections for assessors: open ones first, the oldest on top.</summary>
public sealed record ObjectionList(IReadOnlyList<ObjectionDetails> Objections, Guid Me, IReadOnlyDictionary<Guid, string> Names)
{
    public ObjectionFilter Filter { get; init; } = new();

    public IEnumerable<ObjectionDetails> Open => Objections.Where(o => o.IsOpen);

    public IEnumerable<ObjectionDetails> Decided => Objections.Where(o => !o.IsOpen);

    public string NameOf(Guid? id) => id is { } x ? Names.GetValueOrDefault(x, "?") : "";
}

/// <summary>What the assessment page shows about objections: the ones lodged, and whether a new one is possible.</summary>
public sealed record ObjectionLinks(Guid AssessmentId, IReadOnlyList<ObjectionDetails> Objections, ContestableDecision? Lodgeable);
