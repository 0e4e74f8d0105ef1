using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Tests.Assessments;

public class CertificateTests : AssessmentSpecification
{
    private static readonly Guid Assessor = Guid.CreateVersion7();

    private static object[] Certified() =>
    [
        Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now),
        new ReviewStarted(AssessmentId, 1, Assessor, Now),
        new DecisionRecommended(AssessmentId, 1, Recommendation.Approve, "Voldoet aan de standaard.", Assessor, Now),
        new AssessmentApproved(AssessmentId, 1, "Eens.", Guid.CreateVersion7(), Now),
        new CertificateIssued(AssessmentId, "HSS-2026-00009", Guid.CreateVersion7(), "Bakkerij De Korrel", "12345678", "Den Haag", "horeca",
            1, new DateOnly(2026, 11, 23), new DateOnly(2028, 11, 22), Assessor, Now),
    ];

    [Fact]
    public void Suspend_Certified_IsRecorded_AndReinstateRestoresIt()
    {
        var suspended = CertificateDecider.Decide(Given(Certified()), new SuspendCertificate("Signaal over werving wordt onderzocht.", Assessor, Now));
        var state = Given([.. Certified(), .. suspended]);
        Assert.Equal(AssessmentStatus.Suspended, state.Status);

        var reinstated = CertificateDecider.Decide(state, new ReinstateCertificate("Signaal ongegrond verklaard.", Assessor, Now));

        Assert.Equal(AssessmentStatus.Certified, Given([.. Certified(), .. suspended, .. reinstated]).Status);
    }

    [Fact]
    public void Reinstate_Revoked_IsRefused()
    {
        var state = Given([.. Certified(), new CertificateRevoked(AssessmentId, "HSS-2026-00009", RevocationReason.StandardNotMet, "Ernstige tekortkoming.", Assessor, Now)]);

        Assert.Throws<DomainException>(() => CertificateDecider.Decide(state, new ReinstateCertificate("Toch maar weer geldig.", Assessor, Now)));
    }

    [Fact]
    public void Suspend_Expired_IsRefused()
    {
        var state = Given([.. Certified(), new CertificateExpired(AssessmentId, "HSS-2026-00009", new DateOnly(2028, 11, 23), Now)]);

        Assert.Throws<DomainException>(() => CertificateDecider.Decide(state, new SuspendCertificate("Signaal na afloop ontvangen.", Assessor, Now)));
    }

    [Theory]
    [InlineData("2028-11-22T12:00:00+01:00", false)] // the last valid day
    [InlineData("2028-11-23T00:30:00+01:00", true)]  // the first day after, in Dutch time
    public void Expire_OnlyAfterTheLastValidDay(string now, bool expires)
    {
        var events = CertificateDecider.Decide(Given(Certified()), new ExpireCertificate(DateTimeOffset.Parse(now)));

        Assert.Equal(expires, events.Length == 1);
    }

    [Fact]
    public void Expire_Twice_RecordsNothingTheSecondTime()
    {
        var later = new DateTimeOffset(2029, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var first = CertificateDecider.Decide(Given(Certified()), new ExpireCertificate(later));

        Assert.Empty(CertificateDecider.Decide(Given([.. Certified(), .. first]), new ExpireCertificate(later)));
    }
}
