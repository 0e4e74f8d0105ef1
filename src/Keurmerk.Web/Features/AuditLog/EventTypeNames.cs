using Keurmerk.Web.Infrastructure.Localization;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>How an event type (Marten's stored name, e.g. "assessment_approved") reads for a person.</summary>
public static class EventTypeNames
{
    private static readonly Dictionary<string, (string Nl, string En)> Names = new()
    {
        ["assessment_started"] = ("Zelfevaluatie gestart", "Self-assessment started"),
        ["criterion_answered"] = ("Vraag beantwoord", "Question answered"),
        ["evidence_attached"] = ("Bewijsstuk toegevoegd", "Evidence attached"),
        ["evidence_removed"] = ("Bewijsstuk verwijderd", "Evidence removed"),
        ["assessment_submitted"] = ("Ingediend", "Submitted"),
        ["review_started"] = ("In beoordeling genomen", "Taken into review"),
        ["criterion_judged"] = ("Criterium beoordeeld", "Criterion judged"),
        ["comment_added"] = ("Reactie geplaatst", "Comment added"),
        ["changes_requested"] = ("Aanpassing gevraagd", "Changes requested"),
        ["decision_recommended"] = ("Advies gegeven", "Decision recommended"),
        ["assessment_approved"] = ("Besluit: goedgekeurd", "Decision: approved"),
        ["assessment_rejected"] = ("Besluit: afgewezen", "Decision: rejected"),
        ["certificate_issued"] = ("Certificaat uitgegeven", "Certificate issued"),
        ["assessment_withdrawn"] = ("Teruggetrokken", "Withdrawn"),
        ["certificate_suspended"] = ("Certificaat geschorst", "Certificate suspended"),
        ["certificate_reinstated"] = ("Schorsing opgeheven", "Suspension lifted"),
        ["certificate_revoked"] = ("Certificaat ingetrokken", "Certificate revoked"),
        ["certificate_expired"] = ("Certificaat verlopen", "Certificate expired"),
        ["renewal_started"] = ("Hercertificering gestart", "Renewal started"),
        ["answers_carried_over"] = ("Antwoorden overgenomen", "Answers carried over"),
        ["signal_raised"] = ("Signaal gemeld", "Signal raised"),
        ["signal_dismissed"] = ("Signaal afgehandeld", "Signal closed"),
        ["employer_response_requested"] = ("Werkgever om reactie gevraagd", "Employer asked to respond"),
        ["employer_responded"] = ("Werkgever reageerde", "Employer responded"),
        ["signal_action_taken"] = ("Maatregel op signaal (dubbel met de certificaatregel)", "Measure on a signal (mirrors the certificate line)"),
        ["objection_lodged"] = ("Bezwaar ingediend", "Objection lodged"),
        ["objection_taken"] = ("Bezwaar in behandeling", "Objection taken up"),
        ["objection_upheld"] = ("Bezwaar gegrond", "Objection upheld"),
        ["objection_dismissed"] = ("Bezwaar ongegrond", "Objection dismissed"),
    };

    /// <summary>The label in the current language; an unknown type still reads as words, not as an identifier.</summary>
    public static string Label(string eventType) =>
        Names.TryGetValue(eventType, out var name) ? Lang.T(name.Nl, name.En) : eventType.Replace('_', ' ');

    public static bool IsKnown(string eventType) => Names.ContainsKey(eventType);
}
