using JasperFx.Events;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
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
        _ => data.GetType().Name,
    };

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
