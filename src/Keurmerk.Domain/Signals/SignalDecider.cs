using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Signals;

/// <summary>What an assessor can do with a signal; a page shows only these.</summary>
public enum SignalTriage { Dismiss, AskEmployer, Suspend, Reinstate, Revoke }

/// <summary>
/// Pure decisions about signals. Measures on the certificate go through CertificateDecider, so a
/// signal can never do to a certificate what its lifecycle forbids; the signal records that it took them.
/// </summary>
public static class SignalDecider
{
    public const int MaxDescriptionLength = FieldLimits.Text;
    public const int MaxContactLength = FieldLimits.Name;
    public const int MaxQuestionLength = FieldLimits.Text;
    public const int MaxResponseLength = FieldLimits.Text;

    public static object[] Decide(RaiseSignal command, SignalSubject? subject)
    {
        if (subject is null)
            throw DomainException.Invalid(
                $"Er is geen organisatie met KvK-nummer {command.KvkNumber} bij het keurmerk bekend. Controleer het nummer in het openbare register.",
                $"No organisation with KvK number {command.KvkNumber} is known to the quality mark. Check the number in the public register.");
        var today = DutchCalendar.DateOf(command.Now);
        var current = subject.Certificates
            .Where(c => c.Status is AssessmentStatus.Certified or AssessmentStatus.Suspended && c.ValidUntil >= today)
            .MaxBy(c => c.ValidUntil);
        if (current is null)
            throw DomainException.Invalid(
                $"{subject.OrganisationName} heeft op dit moment geen keurmerk. Een signaal gaat over een organisatie met een geldig of geschorst keurmerk.",
                $"{subject.OrganisationName} does not hold the quality mark at the moment. A signal concerns an organisation with a valid or suspended quality mark.");
        if (command.Category is not { } category || !Enum.IsDefined(category))
            throw DomainException.Invalid("Kies waar het signaal over gaat.", "Choose what the signal is about.");
        var description = RequireText(command.Description, MaxDescriptionLength,
            "Beschrijf wat er is gebeurd", "Describe what happened");
        var contact = string.IsNullOrWhiteSpace(command.Contact) ? null : command.Contact.Trim();
        if (contact?.Length > MaxContactLength)
            throw DomainException.Invalid(
                $"Contactgegevens mogen hoogstens {MaxContactLength} tekens hebben.", $"Contact details may have at most {MaxContactLength} characters.");

        return
        [
            new SignalRaised(command.SignalId, Signal.ReferenceFor(command.SignalId), current.AssessmentId, subject.OrganisationId,
                subject.OrganisationName, subject.KvkNumber, current.CertificateNumber, category, description, contact,
                command.RaisedBySchoolUserId, command.Now),
        ];
    }

    public static object[] Decide(Signal state, Assessment certificate, DismissSignal command)
    {
        EnsureOpen(state);
        if (state.SuspensionInForce && certificate.Status == AssessmentStatus.Suspended)
            throw DomainException.Conflict(
                "Dit signaal heeft het certificaat geschorst. Hef de schorsing op of trek het certificaat in voordat u het signaal sluit.",
                "This signal suspended the certificate. Lift the suspension or revoke the certificate before closing the signal.");
        return [new SignalDismissed(state.Id, RequireReason(command.Reason), command.By, command.Now)];
    }

    public static object[] Decide(Signal state, RequestEmployerResponse command)
    {
        EnsureOpen(state);
        if (state.Status == SignalStatus.AwaitingResponse)
            throw DomainException.Conflict(
                "Er staat al een vraag open bij de werkgever; wacht op het antwoord.",
                "A question to the employer is already open; wait for the answer.");
        var question = RequireText(command.Question, MaxQuestionLength, "Schrijf de vraag aan de werkgever", "Write the question to the employer");
        return [new EmployerResponseRequested(state.Id, question, command.By, command.Now)];
    }

    public static object[] Decide(Signal state, RespondToSignal command)
    {
        if (command.OrganisationId != state.OrganisationId)
            throw DomainException.Forbidden(
                "Alleen de organisatie waar het signaal over gaat, kan reageren.", "Only the organisation the signal concerns can respond.");
        if (state.Status != SignalStatus.AwaitingResponse)
            throw DomainException.Conflict("Er staat geen vraag (meer) voor u open.", "There is no (longer an) open question for you.");
        var text = RequireText(command.Text, MaxResponseLength, "Schrijf uw reactie", "Write your response");
        return [new EmployerResponded(state.Id, text, command.By, command.Now)];
    }

    public static SignalDecision Decide(Signal state, Assessment certificate, SuspendCertificate command)
    {
        EnsureActionable(state, certificate);
        var certificateEvents = CertificateDecider.Decide(certificate, command);
        return Taken(state, certificate, CertificateAction.Suspend, command.Reason, null, command.By, command.Now, certificateEvents);
    }

    public static SignalDecision Decide(Signal state, Assessment certificate, ReinstateCertificate command)
    {
        EnsureActionable(state, certificate);
        var certificateEvents = CertificateDecider.Decide(certificate, command);
        return Taken(state, certificate, CertificateAction.Reinstate, command.Reason, null, command.By, command.Now, certificateEvents);
    }

    public static SignalDecision Decide(Signal state, Assessment certificate, RevokeCertificate command)
    {
        EnsureActionable(state, certificate);
        var certificateEvents = CertificateDecider.Decide(certificate, command);
        return Taken(state, certificate, CertificateAction.Revoke, command.Explanation, command.PublicReason, command.By, command.Now, certificateEvents);
    }

    /// <summary>
    /// The steps open to an assessor now. The same rules as the decisions (the decisions stay the
    /// authority: a reinstatement past the validity date is still refused when posted).
    /// </summary>
    public static IReadOnlySet<SignalTriage> Permitted(Signal state, AssessmentStatus certificate)
    {
        var permitted = new HashSet<SignalTriage>();
        if (state.IsClosed) return permitted;
        if (!(state.SuspensionInForce && certificate == AssessmentStatus.Suspended)) permitted.Add(SignalTriage.Dismiss);
        if (state.Status == SignalStatus.Open) permitted.Add(SignalTriage.AskEmployer);
        if (AssessmentLifecycle.Allows(certificate, AssessmentTrigger.Suspend)) permitted.Add(SignalTriage.Suspend);
        if (AssessmentLifecycle.Allows(certificate, AssessmentTrigger.Reinstate)) permitted.Add(SignalTriage.Reinstate);
        if (AssessmentLifecycle.Allows(certificate, AssessmentTrigger.Revoke)) permitted.Add(SignalTriage.Revoke);
        return permitted;
    }

    private static SignalDecision Taken(Signal state, Assessment certificate, CertificateAction action, string reason,
        RevocationReason? publicReason, Guid by, DateTimeOffset now, object[] certificateEvents) =>
        new([new SignalActionTaken(state.Id, certificate.Id, action, reason.Trim(), publicReason, by, now)], certificateEvents);

    private static void EnsureActionable(Signal state, Assessment certificate)
    {
        // A mismatch is a programming error (the caller fetched the wrong stream), not a person's mistake.
        if (certificate.Id != state.AssessmentId)
            throw new ArgumentException($"Signal {state.Id} concerns assessment {state.AssessmentId}, not {certificate.Id}.", nameof(certificate));
        EnsureOpen(state);
    }

    private static void EnsureOpen(Signal state)
    {
        if (state.IsClosed)
            throw DomainException.Conflict(
                $"Signaal {state.Reference} is al afgehandeld.", $"Signal {state.Reference} has already been closed.");
    }

    private static string RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
            throw DomainException.Invalid("Geef een reden van ten minste 10 tekens.", "Give a reason of at least 10 characters.");
        return FieldLimits.Within(reason.Trim(), FieldLimits.LongText, "Een reden", "A reason");
    }

    private static string RequireText(string? text, int maxLength, string whatNl, string whatEn)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw DomainException.Invalid($"{whatNl}.", $"{whatEn}.");
        var trimmed = text.Trim();
        if (trimmed.Length > maxLength)
            throw DomainException.Invalid(
                $"{whatNl} in hoogstens {maxLength} tekens (nu {trimmed.Length}).", $"{whatEn} in at most {maxLength} characters (now {trimmed.Length}).");
        return trimmed;
    }
}
