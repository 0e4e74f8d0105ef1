using JasperFx.Events;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Schools;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Marten;
using Marten.Services;

namespace Keurmerk.Audits.Notifications;

/// <summary>
/// Who hears what, in one place. Runs just before Marten commits: for every event about to be appended
/// it adds the notifications to the same unit of work, so they commit (or roll back) together with it.
/// </summary>
public sealed class NotificationRules(TimeProvider clock) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var stream in session.PendingChanges.Streams())
            foreach (var e in stream.Events)
            {
                foreach (var notification in await For(session, stream.Id, e, token))
                    session.Store(notification);
            }
    }

    private async Task<List<Notification>> For(IDocumentSession session, Guid assessmentId, IEvent e, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = new List<Notification>();
        // A signal has a stream of its own (the id is the signal's, not an assessment's): its rules live beside it.
        if (SignalNotifications.Concerns(e.Data)) return await SignalNotifications.For(session, assessmentId, e.Data, now, ct);
        // Only events that someone hears about cost a look-up; any other (and any future) event costs nothing.
        if (e.Data is not (AssessmentSubmitted or ChangesRequested or AssessmentRejected or CertificateIssued or CertificateSuspended
            or CertificateReinstated or CertificateRevoked or CertificateExpired
            or ObjectionLodged or ObjectionTaken or ObjectionUpheld or ObjectionDismissed))
            return list;
        // An objection has a stream of its own; its mail is about the assessment objected to.
        ObjectionDetails? objection = null;
        if (e.Data is ObjectionLodged or ObjectionTaken or ObjectionUpheld or ObjectionDismissed)
        {
            objection = await session.LoadAsync<ObjectionDetails>(assessmentId, ct);
            var objectedTo = e.Data is ObjectionLodged lodged ? lodged.AssessmentId : objection?.AssessmentId;
            if (objectedTo is null) return list;
            assessmentId = objectedTo.Value;
        }
        var assessment = await session.LoadAsync<AssessmentDetails>(assessmentId, ct);
        if (assessment is null) return list;
        var name = assessment.OrganisationName;

        async Task ToEmployer(string kind, MailText text)
        {
            var users = await session.Query<AppUser>().Where(u => u.OrganisationId == assessment.OrganisationId).ToListAsync(ct);
            list.AddRange(users.Select(u => Notification.Create(u.Email, kind, text, now, assessmentId)));
        }

        async Task ToAssessors(string kind, MailText text)
        {
            var users = await session.Query<AppUser>().Where(u => u.Roles.Contains(Roles.Assessor)).ToListAsync(ct);
            list.AddRange(users.Select(u => Notification.Create(u.Email, kind, text, now, assessmentId)));
        }

        async Task ToFollowers(string kind, string statusNl, string statusEn)
        {
            var follows = await session.Query<Follow>().Where(f => f.OrganisationId == assessment.OrganisationId).ToListAsync(ct);
            if (follows.Count == 0) return;
            var schools = await session.LoadManyAsync<AppUser>(ct, follows.Select(f => f.SchoolUserId).Distinct().ToArray());
            var text = MailText.Bilingual(
                $"{name}: keurmerk {statusNl}", $"{name}: quality mark {statusEn}",
                $"De status van het keurmerk van {name} (KvK {assessment.KvkNumber}), dat u volgt, is nu: {statusNl}.",
                $"The status of the quality mark of {name} (KvK {assessment.KvkNumber}), which you follow, is now: {statusEn}.");
            list.AddRange(schools.Select(s => Notification.Create(s.Email, kind, text, now, assessmentId)));
        }

        switch (e.Data)
        {
            case AssessmentSubmitted s:
                await ToEmployer("submitted", MailText.Bilingual(
                    "Zelfevaluatie ontvangen", "Self-assessment received",
                    $"We hebben de zelfevaluatie van {name} ontvangen (ronde {s.Round}). Een beoordelaar van ELBHO bekijkt haar.",
                    $"We have received the self-assessment of {name} (round {s.Round}). An ELBHO assessor will review it."));
                // A resubmission goes to the assessor who asked for the changes; a first submission waits
                // for the queue's daily digest (QueueJobs), rather than mailing every assessor each time.
                if (s.Round > 1 && assessment.ReviewerId is { } reviewerId && await session.LoadAsync<AppUser>(reviewerId, ct) is { } reviewer
                    && reviewer.Roles.Contains(Roles.Assessor))
                    list.Add(Notification.Create(reviewer.Email, "resubmitted", MailText.Bilingual(
                        $"Opnieuw ingediend: {name}", $"Resubmitted: {name}",
                        $"{name} heeft de zelfevaluatie na uw verzoek om aanpassing opnieuw ingediend (ronde {s.Round}). Ze staat weer in de wachtrij; neem haar in behandeling om verder te gaan.",
                        $"{name} has resubmitted the self-assessment after your request for changes (round {s.Round}). It is back in the queue; take it into review to continue."),
                        now, assessmentId));
                break;
            case ChangesRequested c:
                await ToEmployer("changes-requested", MailText.Bilingual(
                    "Aanpassing gevraagd", "Changes requested",
                    $"De beoordelaar vraagt u deze criteria aan te passen: {string.Join(", ", c.CriterionIds)}. {c.Message}",
                    $"The assessor asks you to change these criteria: {string.Join(", ", c.CriterionIds)}. {c.Message}"));
                break;
            case AssessmentRejected r:
                await ToEmployer("decision", MailText.Bilingual(
                    "Besluit: afgewezen", "Decision: rejected",
                    $"ELBHO heeft de zelfevaluatie van {name} afgewezen. Redenen: {r.Reasons}",
                    $"ELBHO has rejected the self-assessment of {name}. Reasons: {r.Reasons}"));
                break;
            case CertificateIssued c:
                await ToEmployer("certificate-issued", MailText.Bilingual(
                    $"Keurmerk toegekend: certificaat {c.CertificateNumber}", $"Quality mark granted: certificate {c.CertificateNumber}",
                    $"Gefeliciteerd: {name} heeft het keurmerk, geldig van {c.ValidFrom:d-M-yyyy} tot en met {c.ValidUntil:d-M-yyyy}.",
                    $"Congratulations: {name} holds the quality mark, valid from {c.ValidFrom:yyyy-MM-dd} to {c.ValidUntil:yyyy-MM-dd}."));
                await ToFollowers("status-changed", "toegekend", "granted");
                break;
            case CertificateSuspended s:
                await ToEmployer("suspended", MailText.Bilingual(
                    "Keurmerk geschorst", "Quality mark suspended",
                    $"Het keurmerk van {name} is geschorst. Reden: {s.Reason}", $"The quality mark of {name} has been suspended. Reason: {s.Reason}"));
                await ToFollowers("status-changed", "geschorst", "suspended");
                break;
            case CertificateReinstated r:
                await ToEmployer("reinstated", MailText.Bilingual(
                    "Schorsing opgeheven", "Suspension lifted",
                    $"Het keurmerk van {name} is weer geldig. {r.Reason}", $"The quality mark of {name} is valid again. {r.Reason}"));
                await ToFollowers("status-changed", "weer geldig", "valid again");
                break;
            case CertificateRevoked r:
                await ToEmployer("revoked", MailText.Bilingual(
                    "Keurmerk ingetrokken", "Quality mark revoked",
                    $"Het keurmerk van {name} is ingetrokken. {r.Explanation}", $"The quality mark of {name} has been revoked. {r.Explanation}"));
                await ToFollowers("status-changed", "ingetrokken", "revoked");
                break;
            case CertificateExpired x when assessment.RenewalId is { } renewalId
                && await session.LoadAsync<AssessmentDetails>(renewalId, ct) is { Status: AssessmentStatus.Certified } renewal:
                // Renewed in time: the organisation is still certified, so schools hear nothing.
                await ToEmployer("expired-replaced", MailText.Bilingual(
                    $"Certificaat {x.CertificateNumber} vervangen", $"Certificate {x.CertificateNumber} replaced",
                    $"Het vorige certificaat van {name} is verlopen op {x.ExpiredOn:d-M-yyyy}; het keurmerk loopt door met certificaat {renewal.CertificateNumber}.",
                    $"The previous certificate of {name} expired on {x.ExpiredOn:yyyy-MM-dd}; the quality mark continues with certificate {renewal.CertificateNumber}."));
                break;
            case CertificateExpired x:
                await ToEmployer("expired", MailText.Bilingual(
                    "Keurmerk verlopen", "Quality mark expired",
                    $"Het keurmerk van {name} is verlopen op {x.ExpiredOn:d-M-yyyy}.", $"The quality mark of {name} expired on {x.ExpiredOn:yyyy-MM-dd}."));
                await ToFollowers("status-changed", "verlopen", "expired");
                break;
            case ObjectionLodged o:
                await ToEmployer("objection-lodged", MailText.Bilingual(
                    "Bezwaar ontvangen", "Objection received",
                    $"We hebben het bezwaar van {name} tegen de {ObjectionNames.Nl(o.Against)} ontvangen. Een beoordelaar die niet bij het besluit betrokken was, behandelt het.",
                    $"We have received the objection of {name} against the {ObjectionNames.En(o.Against)}. An assessor who took no part in the decision will handle it."));
                await ToAssessors("new-objection", MailText.Bilingual(
                    $"Nieuw bezwaar: {name}", $"New objection: {name}",
                    $"{name} maakt bezwaar tegen de {ObjectionNames.Nl(o.Against)}. Een beoordelaar die niet bij het besluit betrokken was, kan het behandelen.",
                    $"{name} objects to the {ObjectionNames.En(o.Against)}. An assessor who took no part in the decision can handle it."));
                break;
            case ObjectionTaken when objection is not null:
                await ToEmployer("objection-taken", MailText.Bilingual(
                    "Bezwaar in behandeling", "Objection being handled",
                    $"Een beoordelaar van ELBHO behandelt het bezwaar van {name} tegen de {ObjectionNames.Nl(objection.Against)}.",
                    $"An ELBHO assessor is handling the objection of {name} against the {ObjectionNames.En(objection.Against)}."));
                break;
            case ObjectionUpheld u when objection is not null:
                // A lifted suspension has its own mail (CertificateReinstated); after a rejection or revocation the way forward is a new assessment.
                var startAgain = objection.Against != ObjectionAgainst.Suspension;
                await ToEmployer("objection-upheld", MailText.Bilingual(
                    "Bezwaar gegrond", "Objection upheld",
                    $"Het bezwaar van {name} tegen de {ObjectionNames.Nl(objection.Against)} is gegrond verklaard. Redenen: {u.Reasons}"
                        + (startAgain ? " U kunt een nieuwe zelfevaluatie starten." : ""),
                    $"The objection of {name} against the {ObjectionNames.En(objection.Against)} has been upheld. Reasons: {u.Reasons}"
                        + (startAgain ? " You may start a new self-assessment." : "")));
                break;
            case ObjectionDismissed d when objection is not null:
                await ToEmployer("objection-dismissed", MailText.Bilingual(
                    "Bezwaar ongegrond", "Objection dismissed",
                    $"Het bezwaar van {name} tegen de {ObjectionNames.Nl(objection.Against)} is ongegrond verklaard; het besluit blijft staan. Redenen: {d.Reasons}",
                    $"The objection of {name} against the {ObjectionNames.En(objection.Against)} has been dismissed; the decision stands. Reasons: {d.Reasons}"));
                break;
        }
        return list;
    }
}
