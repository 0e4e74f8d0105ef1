using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Assessments;

public sealed record RenewalDecision(object[] OnPrevious, object[] OnRenewal);

/// <summary>
/// Renewal: from 90 days before expiry a certified employer starts a new assessment on the current
/// standard, prefilled with everything that still means the same. Only from a certificate in force: a
/// suspended one is under investigation and must be reinstated first, so a renewal cannot sidestep it.
/// </summary>
public static class RenewalDecider
{
    public const int OpensDaysBeforeExpiry = 90;

    /// <summary>
    /// A renewal that was withdrawn or rejected leaves the certificate unrenewed: the employer may try
    /// again while the certificate is still valid. Any other status (open, or certified) blocks a second one.
    /// </summary>
    public static bool EndedWithoutCertificate(AssessmentStatus? renewalStatus) =>
        renewalStatus is AssessmentStatus.Withdrawn or AssessmentStatus.Rejected;

    public static RenewalDecision Decide(Assessment previous, StartRenewal command, CriteriaCatalogue assessedVersion, CriteriaCatalogue current)
    {
        if (previous.Status != AssessmentStatus.Certified || previous.ValidUntil is not { } until)
            throw DomainException.Conflict(
                "Hercertificeren kan alleen vanuit een geldig certificaat (niet geschorst, verlopen of ingetrokken).",
                "A renewal can only start from a valid certificate (not suspended, expired or revoked).");
        if (previous.RenewalId is not null && !EndedWithoutCertificate(command.EarlierRenewalStatus))
            throw DomainException.Conflict(
                "Voor dit certificaat is de hercertificering al gestart.",
                "The renewal of this certificate has already been started.");
        var today = DutchCalendar.DateOf(command.Now);
        // Past its last valid day a certificate has expired, whether or not the expiry job has recorded it yet.
        if (today > until)
            throw DomainException.Conflict(
                $"Dit certificaat is verlopen op {until.AddDays(1):d-M-yyyy}; start een nieuwe zelfevaluatie.",
                $"This certificate expired on {until.AddDays(1):yyyy-MM-dd}; start a new self-assessment.");
        var opens = until.AddDays(-OpensDaysBeforeExpiry);
        if (today < opens)
            throw DomainException.Conflict(
                $"Hercertificeren kan vanaf {opens:d-M-yyyy}, 90 dagen voor het einde van de geldigheid.",
                $"A renewal can start from {opens:yyyy-MM-dd}, 90 days before the validity ends.");

        var difference = CriteriaComparison.Compare(assessedVersion, current);
        bool Carries(string criterionId) =>
            difference.Carries(criterionId) && current.Find(criterionId)!.AppliesToSize(previous.SizeClass);

        var started = new AssessmentStarted(command.RenewalAssessmentId, previous.OrganisationId, previous.OrganisationName,
            previous.KvkNumber, previous.City, previous.Sector, previous.SizeClass, current.Standard, current.Version, command.By, command.Now);
        var carried = new AnswersCarriedOver(command.RenewalAssessmentId, previous.Id, previous.CriteriaVersion,
            previous.Answers.Where(a => Carries(a.Key)).ToDictionary(a => a.Key, a => a.Value),
            [.. previous.Evidence.Values.Where(e => Carries(e.CriterionId))
                .Select(e => new CarriedEvidence(Guid.CreateVersion7(), e.EvidenceId, e.CriterionId, e.FileName, e.ContentType, e.SizeInBytes, e.Sha256))],
            difference.New, difference.Changed, command.By, command.Now);
        return new RenewalDecision(
            [new RenewalStarted(previous.Id, command.RenewalAssessmentId, command.By, command.Now)],
            [started, carried]);
    }
}
