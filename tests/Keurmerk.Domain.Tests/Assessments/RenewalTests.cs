using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Assessments;

public class RenewalTests : AssessmentSpecification
{
    private static readonly Guid Assessor = Guid.CreateVersion7();
    private static readonly DateOnly Until = new(2028, 11, 22);
    private static readonly Guid RenewalId = Guid.CreateVersion7();

    private static object[] Certified() =>
    [
        Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now),
        new ReviewStarted(AssessmentId, 1, Assessor, Now),
        new DecisionRecommended(AssessmentId, 1, Recommendation.Approve, "Voldoet aan de standaard.", Assessor, Now),
        new AssessmentApproved(AssessmentId, 1, "Eens.", Guid.CreateVersion7(), Now),
        new CertificateIssued(AssessmentId, "HSS-2026-00010", Guid.CreateVersion7(), "Bakkerij De Korrel", "12345678", "Den Haag", "horeca",
            1, new DateOnly(2026, 11, 23), Until, Assessor, Now),
    ];

    private static DateTimeOffset DaysBeforeExpiry(int days) => new(Until.AddDays(-days).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    /// <summary>Version 2: one question reworded, one criterion added.</summary>
    private static CriteriaCatalogue Version2(out string changed, out string added)
    {
        var first = Criteria.Sections[0];
        var reworded = first.Criteria[0] with { Question = new LocalizedText("Nieuwe vraag?", "New question?") };
        var extra = first.Criteria[1] with { Id = "REC-99" };
        changed = reworded.Id;
        added = extra.Id;
        var sections = Criteria.Sections.Select((s, i) => i == 0 ? s with { Criteria = [reworded, .. s.Criteria.Skip(1), extra] } : s).ToList();
        return Criteria with { Version = 2, Sections = sections };
    }

    [Fact]
    public void Renewal_InTheWindow_CarriesEverythingOver_OnTheSameVersion()
    {
        var state = Given(Certified());

        var decision = RenewalDecider.Decide(state, new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(80)), Criteria, Criteria);

        Assert.Equal([new RenewalStarted(AssessmentId, RenewalId, Employer, DaysBeforeExpiry(80))], decision.OnPrevious);
        var renewal = decision.OnRenewal.Aggregate((Assessment?)null, Assessment.Evolve)!;
        Assert.Equal((RenewalId, AssessmentStatus.Draft), (renewal.Id, renewal.Status));
        Assert.Equal(state.Answers, renewal.Answers);
        Assert.Equal(state.Evidence.Count, renewal.Evidence.Count);
        Assert.DoesNotContain(renewal.Evidence.Keys, state.Evidence.ContainsKey); // copies under new ids
    }

    [Fact]
    public void Renewal_OnANewVersion_LeavesNewAndChangedCriteriaOpen()
    {
        var current = Version2(out var changed, out var added);

        var decision = RenewalDecider.Decide(Given(Certified()), new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(30)), Criteria, current);

        var carried = Assert.IsType<AnswersCarriedOver>(decision.OnRenewal[1]);
        Assert.Equal([added], carried.NewCriteria);
        Assert.Equal([changed], carried.ChangedCriteria);
        Assert.DoesNotContain(changed, carried.Answers.Keys);
        Assert.DoesNotContain(carried.Evidence, e => e.CriterionId == changed);
        Assert.Equal(2, ((AssessmentStarted)decision.OnRenewal[0]).CriteriaVersion);
    }

    [Fact]
    public void Renewal_MoreThan90DaysBeforeExpiry_IsRefused()
    {
        Assert.Throws<DomainException>(() => RenewalDecider.Decide(Given(Certified()), new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(91)), Criteria, Criteria));
    }

    [Fact]
    public void Renewal_StartedTwice_IsRefused()
    {
        var state = Given([.. Certified(), new RenewalStarted(AssessmentId, RenewalId, Employer, Now)]);

        var refusal = Assert.Throws<DomainException>(() => RenewalDecider.Decide(state, new StartRenewal(Guid.CreateVersion7(), Employer, DaysBeforeExpiry(10)), Criteria, Criteria));

        Assert.Contains("already", refusal.Text.En);
    }

    [Fact]
    public void Renewal_OfAnExpiredCertificate_IsRefused()
    {
        var state = Given([.. Certified(), new CertificateExpired(AssessmentId, "HSS-2026-00010", Until.AddDays(1), Now)]);

        Assert.Throws<DomainException>(() => RenewalDecider.Decide(state, new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(-2)), Criteria, Criteria));
    }

    [Fact]
    public void Comparison_IgnoresRewordedGuidance_ButNotAChangedQuestion()
    {
        var guidanceOnly = Criteria with
        {
            Version = 3,
            Sections = [Criteria.Sections[0] with { Criteria = [Criteria.Sections[0].Criteria[0] with { Guidance = new LocalizedText("Anders.", "Different.") }, .. Criteria.Sections[0].Criteria.Skip(1)] }, .. Criteria.Sections.Skip(1)],
        };

        Assert.Empty(CriteriaComparison.Compare(Criteria, guidanceOnly).Changed);
        Assert.Single(CriteriaComparison.Compare(Criteria, Version2(out _, out _)).Changed);
    }
}
