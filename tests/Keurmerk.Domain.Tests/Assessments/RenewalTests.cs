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

    [Theory]
    [InlineData(90, true)] // the window opens 90 days before the last valid day
    [InlineData(0, true)]  // the last valid day
    [InlineData(-1, false)] // the day after, before the expiry job has recorded it
    public void Renewal_OnlyInsideTheWindow(int daysBeforeExpiry, bool allowed)
    {
        var start = () => RenewalDecider.Decide(Given(Certified()), new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(daysBeforeExpiry)), Criteria, Criteria);

        if (allowed) Assert.Equal(2, start().OnRenewal.Length);
        else Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(start).Kind);
    }

    public static TheoryData<string, object[]> NotInForce => new()
    {
        { "draft", [Started(), .. CompleteAnswers()] },
        { "suspended", [.. Certified(), new CertificateSuspended(AssessmentId, "HSS-2026-00010", "Signaal wordt onderzocht.", Assessor, Now)] },
        { "revoked", [.. Certified(), new CertificateRevoked(AssessmentId, "HSS-2026-00010", RevocationReason.StandardNotMet, "Ernstige tekortkoming.", Assessor, Now)] },
        { "expired", [.. Certified(), new CertificateExpired(AssessmentId, "HSS-2026-00010", Until.AddDays(1), Now)] },
    };

    [Theory]
    [MemberData(nameof(NotInForce))]
    public void Renewal_OfACertificateNotInForce_IsRefusedAsConflict(string _, object[] history)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            RenewalDecider.Decide(Given(history), new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(30)), Criteria, Criteria));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("valid certificate", refusal.Text.En);
    }

    [Theory]
    [InlineData(AssessmentStatus.Draft, false)]
    [InlineData(AssessmentStatus.Submitted, false)]
    [InlineData(AssessmentStatus.ChangesRequested, false)]
    [InlineData(AssessmentStatus.Certified, false)]
    [InlineData(AssessmentStatus.Withdrawn, true)]
    [InlineData(AssessmentStatus.Rejected, true)]
    public void Renewal_AfterAnEarlierRenewal_OnlyWhenThatOneEndedWithoutACertificate(AssessmentStatus earlier, bool allowed)
    {
        var state = Given([.. Certified(), new RenewalStarted(AssessmentId, RenewalId, Employer, Now)]);
        var again = new StartRenewal(Guid.CreateVersion7(), Employer, DaysBeforeExpiry(20), earlier);

        if (allowed) Assert.Equal([new RenewalStarted(AssessmentId, again.RenewalAssessmentId, Employer, again.Now)], RenewalDecider.Decide(state, again, Criteria, Criteria).OnPrevious);
        else Assert.Throws<DomainException>(() => RenewalDecider.Decide(state, again, Criteria, Criteria));
    }

    [Fact]
    public void Renewal_DropsAnswersAndEvidenceOfRemovedCriteria()
    {
        var removed = Criteria.Sections[0].Criteria[0]; // REC-01: answered, with required evidence
        var withoutIt = Criteria with
        {
            Version = 2,
            Sections = [Criteria.Sections[0] with { Criteria = [.. Criteria.Sections[0].Criteria.Skip(1)] }, .. Criteria.Sections.Skip(1)],
        };

        var carried = (AnswersCarriedOver)RenewalDecider.Decide(Given(Certified()), new StartRenewal(RenewalId, Employer, DaysBeforeExpiry(30)), Criteria, withoutIt).OnRenewal[1];

        Assert.DoesNotContain(removed.Id, carried.Answers.Keys);
        Assert.DoesNotContain(carried.Evidence, e => e.CriterionId == removed.Id);
        Assert.Equal(Given(Certified()).Answers.Count - 1, carried.Answers.Count);
        Assert.Equal([removed.Id], CriteriaComparison.Compare(Criteria, withoutIt).Removed);
    }

    [Theory]
    [InlineData("question", true)]
    [InlineData("answer type", true)]
    [InlineData("options", true)]
    [InlineData("knock-out", true)]
    [InlineData("evidence", true)]
    [InlineData("applicability", true)]
    [InlineData("guidance", false)]
    [InlineData("weight", false)]
    public void Comparison_CountsAsChangedOnlyWhatChangesAnAnswersMeaning(string aspect, bool changed)
    {
        var choice = Criteria.AllCriteria.First(c => c.Answer == AnswerType.Choice);
        Criterion altered = aspect switch
        {
            "question" => choice with { Question = new LocalizedText("Een andere vraag?", "Another question?") },
            "answer type" => choice with { Answer = AnswerType.Text, Options = [] },
            "options" => choice with { Options = [.. choice.Options.Select((o, i) => i == 0 ? o with { Score = o.Score + 1 } : o)] },
            "knock-out" => choice with { KnockOut = !choice.KnockOut },
            "evidence" => choice with { Evidence = choice.Evidence == EvidenceRule.Required ? EvidenceRule.Optional : EvidenceRule.Required },
            "applicability" => choice with { AppliesTo = choice.AppliesTo == Applicability.All ? Applicability.Large : Applicability.All },
            "guidance" => choice with { Guidance = new LocalizedText("Nieuwe toelichting.", "New guidance.") },
            _ => choice with { Weight = choice.Weight == 5 ? 1 : choice.Weight + 1 },
        };
        var next = Criteria with
        {
            Version = 2,
            Sections = [.. Criteria.Sections.Select(s => s with { Criteria = [.. s.Criteria.Select(c => c.Id == choice.Id ? altered : c)] })],
        };

        Assert.Equal(changed ? [choice.Id] : [], CriteriaComparison.Compare(Criteria, next).Changed);
    }
}
