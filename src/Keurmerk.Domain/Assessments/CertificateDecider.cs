namespace Keurmerk.Domain.Assessments;

/// <summary>The certificate's life after issue: suspension, reinstatement, revocation and expiry.</summary>
public static class CertificateDecider
{
    public static object[] Decide(Assessment state, SuspendCertificate command)
    {
        RequireReason(command.Reason);
        Ensure(state, AssessmentTrigger.Suspend,
            "Alleen een geldig certificaat kan worden geschorst.", "Only a valid certificate can be suspended.");
        return [new CertificateSuspended(state.Id, state.CertificateNumber!, command.Reason.Trim(), command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, ReinstateCertificate command)
    {
        RequireReason(command.Reason);
        Ensure(state, AssessmentTrigger.Reinstate,
            "Alleen een geschorst certificaat kan weer geldig worden.", "Only a suspended certificate can be reinstated.");
        if (state.ValidUntil < DutchCalendar.DateOf(command.Now))
            throw DomainException.Conflict(
                "De geldigheid van dit certificaat is verlopen; het kan niet meer geldig worden.",
                "This certificate's validity has ended; it cannot be reinstated.");
        return [new CertificateReinstated(state.Id, state.CertificateNumber!, command.Reason.Trim(), command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, RevokeCertificate command)
    {
        RequireReason(command.Explanation);
        Ensure(state, AssessmentTrigger.Revoke,
            "Alleen een geldig of geschorst certificaat kan worden ingetrokken.", "Only a valid or suspended certificate can be revoked.");
        return [new CertificateRevoked(state.Id, state.CertificateNumber!, command.PublicReason, command.Explanation.Trim(), command.By, command.Now)];
    }

    /// <summary>Expires a certificate whose last valid day has passed; anything else is left alone, so the job can run any number of times.</summary>
    public static object[] Decide(Assessment state, ExpireCertificate command)
    {
        var today = DutchCalendar.DateOf(command.Now);
        if (state.ValidUntil is not { } until || today <= until) return [];
        if (!AssessmentLifecycle.Allows(state.Status, AssessmentTrigger.Expire)) return [];
        return [new CertificateExpired(state.Id, state.CertificateNumber!, until.AddDays(1), command.Now)];
    }

    private static void Ensure(Assessment state, AssessmentTrigger trigger, string nl, string en)
    {
        if (!AssessmentLifecycle.Allows(state.Status, trigger))
            throw DomainException.Conflict($"{nl} De status is nu '{StatusNames.Nl(state.Status)}'.", $"{en} The status is now '{StatusNames.En(state.Status)}'.");
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
            throw DomainException.Invalid("Geef een reden van ten minste 10 tekens.", "Give a reason of at least 10 characters.");
        FieldLimits.Within(reason.Trim(), FieldLimits.LongText, "Een reden", "A reason");
    }
}
