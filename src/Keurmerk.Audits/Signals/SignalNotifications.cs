using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;
using Marten;

namespace Keurmerk.Audits.Signals;

/// <summary>
/// Who hears what about a signal; NotificationRules hands signal events here. Mails name the reference,
/// never the reporter or the description: the employer only ever sees the assessor's question.
/// The certificate's own events (suspended, reinstated, revoked) are announced by NotificationRules.
/// </summary>
public static class SignalNotifications
{
    public static bool Concerns(object data) =>
        data is SignalRaised or SignalDismissed or EmployerResponseRequested or EmployerResponded or SignalActionTaken;

    public static async Task<List<Notification>> For(IDocumentSession session, Guid signalId, object data, DateTimeOffset now, CancellationToken ct)
    {
        var list = new List<Notification>();
        // The first event carries everything; later ones find the signal as committed before this change.
        var signal = data is SignalRaised raised ? SignalDetails.Create(raised) : await session.LoadAsync<SignalDetails>(signalId, ct);
        if (signal is null) return list;
        var (reference, name) = (signal.Reference, signal.OrganisationName);

        async Task ToAssessors(string kind, MailText text)
        {
            var users = await session.Query<AppUser>().Where(u => u.Roles.Contains(Roles.Assessor)).ToListAsync(ct);
            list.AddRange(users.Select(u => Notification.Create(u.Email, kind, text, now, signal.AssessmentId)));
        }

        async Task ToEmployer(string kind, MailText text)
        {
            var users = await session.Query<AppUser>().Where(u => u.OrganisationId == signal.OrganisationId).ToListAsync(ct);
            list.AddRange(users.Select(u => Notification.Create(u.Email, kind, text, now, signal.AssessmentId)));
        }

        // Only a school that raised the signal with its account hears the outcome; the public form leaves no address.
        async Task ToReportingSchool(string kind, MailText text)
        {
            if (signal.RaisedBySchoolUserId is not { } schoolUserId) return;
            if (await session.LoadAsync<AppUser>(schoolUserId, ct) is { } school)
                list.Add(Notification.Create(school.Email, kind, text, now, signal.AssessmentId));
        }

        switch (data)
        {
            case SignalRaised:
                await ToAssessors("signal-raised", MailText.Bilingual(
                    $"Nieuw signaal {reference}: {name}", $"New signal {reference}: {name}",
                    $"Er is een signaal binnengekomen over {name} (certificaat {signal.CertificateNumber}). Het staat in de wachtrij onder Signalen.",
                    $"A signal has come in about {name} (certificate {signal.CertificateNumber}). It is in the queue under Signals."));
                break;
            case EmployerResponseRequested e:
                await ToEmployer("signal-response-requested", MailText.Bilingual(
                    "ELBHO vraagt uw reactie", "ELBHO asks for your response",
                    $"Naar aanleiding van een signaal ({reference}) over {name} vraagt ELBHO u: {e.Question}\n\nU kunt reageren na inloggen op /signals/{signal.Id}/respond.",
                    $"Following a signal ({reference}) about {name}, ELBHO asks you: {e.Question}\n\nYou can respond after logging in at /signals/{signal.Id}/respond."));
                break;
            case EmployerResponded:
                await ToAssessors("signal-responded", MailText.Bilingual(
                    $"Reactie werkgever op signaal {reference}", $"Employer responded to signal {reference}",
                    $"{name} heeft gereageerd op de vraag bij signaal {reference}.",
                    $"{name} has responded to the question on signal {reference}."));
                break;
            // An employer that was asked about the signal hears how it ended; one that never heard of it
            // is not told of a report that led to nothing. Measures reach it through the certificate's own events.
            case SignalDismissed when signal.Questions.Count > 0:
                await ToEmployer("signal-closed", MailText.Bilingual(
                    $"Signaal {reference} afgehandeld", $"Signal {reference} closed",
                    $"ELBHO heeft het signaal {reference} over {name} afgehandeld zonder (verdere) maatregel. Dank u voor uw reactie.",
                    $"ELBHO has closed signal {reference} about {name} without (further) measures. Thank you for your response."));
                await ToReportingSchool("signal-closed", ReporterClosed(reference, name));
                break;
            case SignalDismissed:
            case SignalActionTaken { Action: CertificateAction.Revoke }:
                await ToReportingSchool("signal-closed", ReporterClosed(reference, name));
                break;
        }
        return list;
    }

    private static MailText ReporterClosed(string reference, string name) => MailText.Bilingual(
        $"Uw signaal {reference} is afgehandeld", $"Your signal {reference} has been closed",
        $"ELBHO heeft uw signaal {reference} over {name} onderzocht en afgehandeld. Dank u voor het melden. De actuele status van het keurmerk staat in het openbare register.",
        $"ELBHO has looked into your signal {reference} about {name} and closed it. Thank you for reporting. The quality mark's current status is in the public register.");
}
