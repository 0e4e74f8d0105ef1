using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;
using Keurmerk.Domain.Tests.Assessments;

namespace Keurmerk.Domain.Tests.Signals;

/// <summary>Given the signal's and the certificate's events, when a command, then events or a refusal.</summary>
public abstract class SignalSpecification : AssessmentSpecification
{
    protected static readonly Guid SignalId = Guid.CreateVersion7();
    protected static readonly Guid OrganisationId = Guid.CreateVersion7();
    protected static readonly Guid Assessor = Guid.CreateVersion7();
    protected static readonly Guid School = Guid.CreateVersion7();
    protected const string Number = "HSS-2026-00009";
    protected static readonly DateOnly ValidUntil = new(2028, 11, 22);

    protected static object[] Certified() =>
    [
        Started(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now),
        new ReviewStarted(AssessmentId, 1, Assessor, Now),
        new DecisionRecommended(AssessmentId, 1, Recommendation.Approve, "Voldoet aan de standaard.", Assessor, Now),
        new AssessmentApproved(AssessmentId, 1, "Eens.", Guid.CreateVersion7(), Now),
        new CertificateIssued(AssessmentId, Number, OrganisationId, "Bakkerij De Korrel", "12345678", "Den Haag", "horeca",
            1, new DateOnly(2026, 11, 23), ValidUntil, Assessor, Now),
    ];

    protected static Assessment Certificate(params object[] after) => Given([.. Certified(), .. after]);

    protected static SignalRaised Raised() =>
        new(SignalId, Signal.ReferenceFor(SignalId), AssessmentId, OrganisationId, "Bakkerij De Korrel", "12345678", Number,
            SignalCategory.TreatmentDuringInternship, "Stagiair kreeg geen begeleider toegewezen.", null, null, Now);

    protected static Signal GivenSignal(params object[] events) => events.Aggregate((Signal?)null, Signal.Evolve)!;

    protected static Signal Open() => GivenSignal(Raised());

    protected static SignalSubject Subject(params CertificateHeld[] certificates) =>
        new(OrganisationId, "Bakkerij De Korrel", "12345678", certificates);

    protected static CertificateHeld Held(AssessmentStatus status = AssessmentStatus.Certified, DateOnly? until = null) =>
        new(AssessmentId, Number, status, until ?? ValidUntil);
}
