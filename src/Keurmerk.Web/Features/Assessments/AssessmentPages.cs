using Keurmerk.Audits.Assessments;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Web.Features.Assessments;

public sealed record AssessmentList(IReadOnlyList<AssessmentDetails> Assessments, CriteriaCatalogue Current, DateOnly Today)
{
    public IReadOnlyList<Keurmerk.Audits.Signals.SignalDetails> OpenSignalQuestions { get; init; } = [];

    /// <summary>Certified assessments whose renewal window has opened and that have no renewal yet (or only a withdrawn or rejected one).</summary>
    public IEnumerable<AssessmentDetails> Renewable => Assessments.Where(a =>
        a.Status == AssessmentStatus.Certified && a.ValidUntil is { } until
        && Today >= until.AddDays(-RenewalDecider.OpensDaysBeforeExpiry) && Today <= until
        && (a.RenewalId is null || RenewalDecider.EndedWithoutCertificate(Assessments.FirstOrDefault(r => r.Id == a.RenewalId)?.Status)));
}

public sealed record AssessmentPage(AssessmentDetails Assessment, CriteriaCatalogue Criteria, ReadinessReport Readiness, string? Error)
{
    public IReadOnlyList<AssessmentTrigger> Permitted => AssessmentLifecycle.PermittedTriggers(Assessment.Status);

    public CertificateCard? Certificate { get; init; }

    /// <summary>The last day to object to the rejection, suspension or revocation in force, if any.</summary>
    public DateOnly? ObjectionDeadline { get; init; }

    /// <summary>A draft nobody has worked on yet has nothing to withdraw; after submission there always is.</summary>
    public bool HasWorkToWithdraw => Assessment.Status != AssessmentStatus.Draft || Assessment.Answers.Count > 0 || Assessment.Evidence.Count > 0;
}

public sealed record SectionPage(
    AssessmentDetails Assessment,
    CriteriaCatalogue Criteria,
    Section Section,
    IReadOnlyDictionary<string, string>? Posted = null,
    string? Error = null)
{
    /// <summary>Set when the employer could resubmit from here: after a request for changes.</summary>
    public ReadinessReport? Readiness { get; init; }

    public bool CanResubmitHere => Assessment.Status == AssessmentStatus.ChangesRequested && Readiness is not null;

    public bool Editable => AssessmentLifecycle.Allows(Assessment.Status, AssessmentTrigger.Edit);

    /// <summary>After a request for changes, only the flagged criteria are open again.</summary>
    public bool CanEdit(string criterionId) =>
        Editable && (Assessment.Status != AssessmentStatus.ChangesRequested || Assessment.Flagged.Contains(criterionId));

    public bool CanComment => Assessment.Status is AssessmentStatus.Submitted or AssessmentStatus.InReview or AssessmentStatus.ChangesRequested;

    /// <summary>The employer can reply where the assessor flagged a criterion or a conversation has started.</summary>
    public bool ShowsReplyBox(string criterionId) =>
        CanComment && (Assessment.Flagged.Contains(criterionId) || Assessment.CommentsOn(criterionId).Any());

    public bool ShowsSaveButton => Editable || Applicable.Any(c => ShowsReplyBox(c.Id));

    public IEnumerable<Criterion> Applicable => Section.Criteria.Where(c => c.AppliesToSize(Assessment.SizeClass));

    /// <summary>What the form shows: the person's own unsaved input after a refusal, else the stored answer.</summary>
    public string? ValueOf(string criterionId) =>
        Posted?.GetValueOrDefault(criterionId) ?? Assessment.Answers.GetValueOrDefault(criterionId)?.Value;

    public IEnumerable<EvidenceView> EvidenceOf(string criterionId) => Assessment.Evidence.Where(e => e.CriterionId == criterionId);

    public Section? Next => Criteria.Sections.SkipWhile(s => s.Id != Section.Id).Skip(1).FirstOrDefault();
}

/// <summary>The readiness list grouped per section, each item linking to its criterion.</summary>
public sealed record ReadinessGroup(Section Section, IReadOnlyList<ReadinessItem> Items);

public sealed record ReadinessItem(Criterion Criterion, bool UnmetKnockOut, bool MissingAnswer, bool MissingEvidence);

public static class ReadinessGroups
{
    public static IReadOnlyList<ReadinessGroup> Of(ReadinessReport report, CriteriaCatalogue criteria) =>
        criteria.Sections
            .Select(section => new ReadinessGroup(section, section.Criteria
                .Select(c => new ReadinessItem(c, report.UnmetKnockOuts.Contains(c.Id), report.MissingAnswers.Contains(c.Id), report.MissingEvidence.Contains(c.Id)))
                .Where(i => i.UnmetKnockOut || i.MissingAnswer || i.MissingEvidence)
                .ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
}

public sealed record HistoryPage(AssessmentDetails Assessment, IReadOnlyList<AuditEntry> Entries);
