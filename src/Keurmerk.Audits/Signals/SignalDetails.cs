using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;

namespace Keurmerk.Audits.Signals;

/// <summary>A question an assessor put to the employer, and the employer's answer once given.</summary>
public sealed record EmployerQuestion(string Question, Guid AskedBy, DateTimeOffset AskedAt, string? Answer = null, Guid? AnsweredBy = null, DateTimeOffset? AnsweredAt = null);

/// <summary>A measure on the certificate taken from this signal.</summary>
public sealed record MeasureView(CertificateAction Action, string Reason, RevocationReason? PublicReason, Guid TakenBy, DateTimeOffset TakenAt);

/// <summary>
/// One signal as the assessor's queue and page show it, kept inline so a triage step shows on the
/// next request. Holds the reporter's words; never shown to the employer, who sees only the questions.
/// </summary>
public sealed record SignalDetails(
    Guid Id,
    string Reference,
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string CertificateNumber,
    SignalCategory Category,
    string Description,
    string? Contact,
    Guid? RaisedBySchoolUserId,
    DateTimeOffset RaisedAt,
    SignalStatus Status,
    DateTimeOffset LastChangedAt)
{
    /// <summary>The stream version this view reflects; forms send it back as their expected version.</summary>
    public long Version { get; set; }

    public IReadOnlyList<EmployerQuestion> Questions { get; init; } = [];
    public IReadOnlyList<MeasureView> Measures { get; init; } = [];
    public string? DismissalReason { get; init; }
    public Guid? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public EmployerQuestion? OpenQuestion => Status == SignalStatus.AwaitingResponse ? (Questions.Count > 0 ? Questions[^1] : null) : null;

    /// <summary>Open, and the employer's answer came in since the assessor last asked: the assessor's turn.</summary>
    public bool ResponseReceived => Status == SignalStatus.Open && (Questions.Count > 0 ? Questions[^1] : null)?.Answer is not null;

    public static SignalDetails Create(SignalRaised e) => new(
        e.SignalId, e.Reference, e.AssessmentId, e.OrganisationId, e.OrganisationName, e.KvkNumber, e.CertificateNumber,
        e.Category, e.Description, e.Contact, e.RaisedBySchoolUserId, e.RaisedAt, SignalStatus.Open, e.RaisedAt);

    public SignalDetails Apply(SignalDismissed e) => this with
    {
        Status = SignalStatus.Closed,
        DismissalReason = e.Reason,
        ClosedBy = e.DismissedBy,
        ClosedAt = e.DismissedAt,
        LastChangedAt = e.DismissedAt,
    };

    public SignalDetails Apply(EmployerResponseRequested e) => this with
    {
        Status = SignalStatus.AwaitingResponse,
        Questions = [.. Questions, new EmployerQuestion(e.Question, e.RequestedBy, e.RequestedAt)],
        LastChangedAt = e.RequestedAt,
    };

    public SignalDetails Apply(EmployerResponded e) => this with
    {
        Status = SignalStatus.Open,
        Questions = [.. Questions.SkipLast(1), Questions[^1] with { Answer = e.Text, AnsweredBy = e.RespondedBy, AnsweredAt = e.RespondedAt }],
        LastChangedAt = e.RespondedAt,
    };

    public SignalDetails Apply(SignalActionTaken e)
    {
        var measured = this with
        {
            Measures = [.. Measures, new MeasureView(e.Action, e.Reason, e.PublicReason, e.TakenBy, e.TakenAt)],
            LastChangedAt = e.TakenAt,
        };
        // Mirrors Signal.Evolve: a revocation closes the signal.
        return e.Action == CertificateAction.Revoke
            ? measured with { Status = SignalStatus.Closed, ClosedBy = e.TakenBy, ClosedAt = e.TakenAt }
            : measured;
    }
}
