using JasperFx.Events;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Objections;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Signals;
using Keurmerk.Web.Infrastructure.Localization;

namespace Keurmerk.Web.Features.Assessments;

public sealed record AuditEntry(long Version, DateTimeOffset At, string Actor, string What, string EventType);

/// <summary>Turns the stream's events into lines a person can read: who did what, when.</summary>
public static class AuditTrail
{
    public static Guid? ActorOf(object data) => data switch
    {
        AssessmentStarted e => e.StartedBy,
        CriterionAnswered e => e.AnsweredBy,
        EvidenceAttached e => e.AttachedBy,
        EvidenceRemoved e => e.RemovedBy,
        AssessmentSubmitted e => e.SubmittedBy,
        ReviewStarted e => e.ReviewerId,
        CriterionJudged e => e.JudgedBy,
        CommentAdded e => e.AuthorId,
        ChangesRequested e => e.RequestedBy,
        DecisionRecommended e => e.RecommendedBy,
        AssessmentApproved e => e.DecidedBy,
        AssessmentRejected e => e.DecidedBy,
        CertificateIssued e => e.IssuedBy,
        AssessmentWithdrawn e => e.WithdrawnBy,
        CertificateSuspended e => e.SuspendedBy,
        CertificateReinstated e => e.ReinstatedBy,
        CertificateRevoked e => e.RevokedBy,
        RenewalStarted e => e.StartedBy,
        AnswersCarriedOver e => e.CarriedBy,
        SignalRaised e => e.RaisedBySchoolUserId,
        SignalDismissed e => e.DismissedBy,
        EmployerResponseRequested e => e.RequestedBy,
        EmployerResponded e => e.RespondedBy,
        SignalActionTaken e => e.TakenBy,
        ObjectionLodged e => e.LodgedBy,
        ObjectionTaken e => e.HandlerId,
        ObjectionUpheld e => e.UpheldBy,
        ObjectionDismissed e => e.DismissedBy,
        _ => null,
    };

    public static AuditEntry Describe(IEvent e, CriteriaCatalogue criteria, IReadOnlyDictionary<Guid, string> actors)
    {
        var actor = ActorOf(e.Data) is { } id ? actors.GetValueOrDefault(id, id.ToString()) : "";
        return new AuditEntry(e.Version, e.Timestamp, actor, What(e.Data, criteria), e.EventTypeName);
    }

    private static string What(object data, CriteriaCatalogue criteria) => data switch
    {
        AssessmentStarted e => Lang.T(
            $"Zelfevaluatie gestart voor {e.OrganisationName} ({e.Standard}, versie {e.CriteriaVersion})",
            $"Self-assessment started for {e.OrganisationName} ({e.Standard}, version {e.CriteriaVersion})"),
        CriterionAnswered e => Lang.T(
            $"{e.CriterionId} beantwoord: {AnswerText(e.CriterionId, e.Value, criteria)}",
            $"{e.CriterionId} answered: {AnswerText(e.CriterionId, e.Value, criteria)}"),
        EvidenceAttached e => Lang.T(
            $"Bewijsstuk '{e.FileName}' toegevoegd bij {e.CriterionId}",
            $"Evidence '{e.FileName}' attached to {e.CriterionId}"),
        EvidenceRemoved e => Lang.T(
            $"Bewijsstuk '{e.FileName}' verwijderd bij {e.CriterionId}",
            $"Evidence '{e.FileName}' removed from {e.CriterionId}"),
        AssessmentSubmitted e => Lang.T(
            $"Ingediend ter beoordeling (ronde {e.Round}, score {e.ScorePercent}%)",
            $"Submitted for review (round {e.Round}, score {e.ScorePercent}%)"),
        ReviewStarted e => Lang.T($"In beoordeling genomen (ronde {e.Round})", $"Taken into review (round {e.Round})"),
        CriterionJudged e => e.Judgement == Judgement.Accepted
            ? Lang.T($"{e.CriterionId} geaccepteerd", $"{e.CriterionId} accepted")
            : Lang.T($"{e.CriterionId}: aanpassing nodig", $"{e.CriterionId}: needs change"),
        CommentAdded e => Lang.T($"Reactie bij {e.CriterionId}: \"{e.Text}\"", $"Comment on {e.CriterionId}: \"{e.Text}\""),
        ChangesRequested e => Lang.T(
            $"Aanpassing gevraagd voor {string.Join(", ", e.CriterionIds)}{Suffix(e.Message)}",
            $"Changes requested for {string.Join(", ", e.CriterionIds)}{Suffix(e.Message)}"),
        DecisionRecommended e => e.Recommendation == Recommendation.Approve
            ? Lang.T($"Advies: goedkeuren. {e.Motivation}", $"Recommendation: approve. {e.Motivation}")
            : Lang.T($"Advies: afwijzen. {e.Motivation}", $"Recommendation: reject. {e.Motivation}"),
        AssessmentApproved e => Lang.T($"Besluit: goedgekeurd. {e.Motivation}", $"Decision: approved. {e.Motivation}"),
        AssessmentRejected e => Lang.T($"Besluit: afgewezen. {e.Reasons}", $"Decision: rejected. {e.Reasons}"),
        CertificateIssued e => Lang.T(
            $"Certificaat {e.CertificateNumber} uitgegeven, geldig van {e.ValidFrom:yyyy-MM-dd} tot en met {e.ValidUntil:yyyy-MM-dd}",
            $"Certificate {e.CertificateNumber} issued, valid from {e.ValidFrom:yyyy-MM-dd} to {e.ValidUntil:yyyy-MM-dd}"),
        AssessmentWithdrawn e => Lang.T($"Teruggetrokken{Suffix(e.Reason)}", $"Withdrawn{Suffix(e.Reason)}"),
        CertificateSuspended e => Lang.T($"Certificaat geschorst: {e.Reason}", $"Certificate suspended: {e.Reason}"),
        CertificateReinstated e => Lang.T($"Schorsing opgeheven: {e.Reason}", $"Suspension lifted: {e.Reason}"),
        CertificateRevoked e => Lang.T($"Certificaat ingetrokken ({e.PublicReason}): {e.Explanation}", $"Certificate revoked ({e.PublicReason}): {e.Explanation}"),
        RenewalStarted => Lang.T("Hercertificering gestart", "Renewal started"),
        AnswersCarriedOver e => Lang.T(
            $"{e.Answers.Count} antwoorden en {e.Evidence.Count} bewijsstukken overgenomen uit de vorige beoordeling (versie {e.PreviousCriteriaVersion}); nieuw: {e.NewCriteria.Count}, gewijzigd: {e.ChangedCriteria.Count}",
            $"{e.Answers.Count} answers and {e.Evidence.Count} pieces of evidence taken over from the previous assessment (version {e.PreviousCriteriaVersion}); new: {e.NewCriteria.Count}, changed: {e.ChangedCriteria.Count}"),
        CertificateExpired e => Lang.T($"Certificaat verlopen op {e.ExpiredOn:yyyy-MM-dd}", $"Certificate expired on {e.ExpiredOn:yyyy-MM-dd}"),
        SignalRaised e => Lang.T(
            $"Signaal {e.Reference} gemeld over certificaat {e.CertificateNumber}: {SignalWords.Label(e.Category).Nl.ToLowerInvariant()}",
            $"Signal {e.Reference} raised about certificate {e.CertificateNumber}: {SignalWords.Label(e.Category).En.ToLowerInvariant()}"),
        SignalDismissed e => Lang.T($"Signaal afgehandeld zonder (verdere) maatregel: {e.Reason}", $"Signal closed without (further) measures: {e.Reason}"),
        EmployerResponseRequested e => Lang.T($"Werkgever om reactie gevraagd: \"{e.Question}\"", $"Employer asked to respond: \"{e.Question}\""),
        EmployerResponded e => Lang.T($"Werkgever reageerde: \"{e.Text}\"", $"Employer responded: \"{e.Text}\""),
        SignalActionTaken e => Lang.T(SignalWords.Describe(e).Nl, SignalWords.Describe(e).En),
        ObjectionLodged e => Lang.T($"Bezwaar ingediend tegen de {ObjectionNames.Nl(e.Against)}: \"{e.Motivation}\"",
            $"Objection lodged against the {ObjectionNames.En(e.Against)}: \"{e.Motivation}\""),
        ObjectionTaken => Lang.T("Bezwaar in behandeling genomen", "Objection taken up"),
        ObjectionUpheld e => Lang.T($"Bezwaar gegrond: {e.Reasons}", $"Objection upheld: {e.Reasons}"),
        ObjectionDismissed e => Lang.T($"Bezwaar ongegrond: {e.Reasons}", $"Objection dismissed: {e.Reasons}"),
        _ => data.GetType().Name,
    };

    private static string Suffix(string text) => string.IsNullOrWhiteSpace(text) ? "" : $": {text}";

    public static string AnswerText(string criterionId, string value, CriteriaCatalogue criteria)
    {
        var criterion = criteria.Find(criterionId);
        return criterion?.Answer switch
        {
            AnswerType.YesNo => value == "yes" ? Lang.T("ja", "yes") : Lang.T("nee", "no"),
            AnswerType.Choice => criterion.Options.FirstOrDefault(o => o.Value == value) is { } option ? Lang.T(option.Label) : value,
            _ => $"\"{value}\"",
        };
    }
}
