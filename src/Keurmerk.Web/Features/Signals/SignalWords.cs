using Keurmerk.Domain;
using Keurmerk.Domain.Signals;
using Keurmerk.Web.Features.Register;
using Microsoft.AspNetCore.Http;

namespace Keurmerk.Web.Features.Signals;

/// <summary>How signal categories and statuses read on a page, and what status code a refusal gets.</summary>
public static class SignalWords
{
    public static (string Nl, string En) Label(SignalCategory category) => category switch
    {
        SignalCategory.RecruitmentAndSelection => ("Werving en selectie", "Recruitment and selection"),
        SignalCategory.TreatmentDuringInternship => ("Bejegening tijdens de stage", "Treatment during the internship"),
        SignalCategory.HandlingOfAReport => ("Afhandeling van een melding", "Handling of a report"),
        _ => ("Iets anders", "Something else"),
    };

    public static (string Nl, string En) Label(SignalStatus status, bool responseReceived = false) => (status, responseReceived) switch
    {
        (SignalStatus.Open, true) => ("reactie werkgever ontvangen", "employer responded"),
        (SignalStatus.Open, _) => ("open", "open"),
        (SignalStatus.AwaitingResponse, _) => ("wacht op werkgever", "awaiting employer"),
        _ => ("afgehandeld", "closed"),
    };

    public static (string Nl, string En) Label(CertificateAction action) => action switch
    {
        CertificateAction.Suspend => ("Certificaat geschorst", "Certificate suspended"),
        CertificateAction.Reinstate => ("Schorsing opgeheven", "Suspension lifted"),
        _ => ("Certificaat ingetrokken", "Certificate revoked"),
    };

    /// <summary>A measure as a history line: what was done, the public reason of a revocation, and why.</summary>
    public static (string Nl, string En) Describe(SignalActionTaken e)
    {
        var (nl, en) = Label(e.Action);
        if (e.PublicReason is { } reason)
        {
            var (reasonNl, reasonEn) = RegisterWords.Label(reason);
            (nl, en) = ($"{nl} ({reasonNl})", $"{en} ({reasonEn})");
        }
        return ($"{nl}: {e.Reason}", $"{en}: {e.Reason}");
    }

    public static int StatusCodeOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };
}
