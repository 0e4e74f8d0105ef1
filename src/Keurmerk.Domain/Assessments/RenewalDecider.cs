using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Assessments;

public sealed record RenewalDecision(object[] OnPrevious, object[] OnRenewal);

/// <summary>
/// Renewal: from 90 days before expiry a certified employer starts a new assessment on the current
/// standard, prefilled with everything that still means the same.
/// </summary>
public static class RenewalDecider
{
    public const int OpensDaysBeforeExpiry = 90;

    public static RenewalDecision Decide(Assessment previous, StartRenewal command, CriteriaCatalogue assessedVersion, CriteriaCatalogue current)
    {
        if (previous.Status != AssessmentStatus.Certified || previous.ValidUntil is not { } until)
            throw DomainException.Conflict(
                "Hercertificeren kan alleen vanuit een geldig certificaat.",
                "A renewal can only start from a valid certificate.");
        if (previous.RenewalId is not null)
            throw DomainException.Conflict(
                "Voor dit certificaat is de hercertificering al gestart.",
                "The renewal of this certificate has already been started.");
        var today = DutchCalendar.DateOf(command.Now);
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
