using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;

namespace Keurmerk.Domain.Tests.Objections;

public class LodgeObjectionTests : ObjectionSpecification
{
    [Fact]
    public void Lodge_AgainstRejection_RecordsTheDecisionAndEveryoneWhoTookPart()
    {
        var assessment = Given(Rejected());

        var lodged = Assert.IsType<ObjectionLodged>(Assert.Single(ObjectionDecider.Decide(assessment, [], Lodge(assessment, DecidedAt.AddDays(10)))));

        Assert.Equal(ObjectionAgainst.Rejection, lodged.Against);
        Assert.Equal(DecidedAt, lodged.DecidedAt);
        Assert.Equal([Reviewer, Decider], lodged.DecisionMadeBy);
        Assert.Equal((AssessmentId, assessment.OrganisationId, Employer), (lodged.AssessmentId, lodged.OrganisationId, lodged.LodgedBy));
        Assert.Equal("beleid.pdf", Assert.Single(lodged.Files).FileName);
    }

    [Fact]
    public void Lodge_AgainstSuspension_ExcludesOnlyTheOneWhoSuspended()
    {
        var assessment = Given([.. Certified(), Suspension()]);

        var lodged = (ObjectionLodged)ObjectionDecider.Decide(assessment, [], Lodge(assessment, DecidedAt.AddDays(1)))[0];

        Assert.Equal(ObjectionAgainst.Suspension, lodged.Against);
        Assert.Equal([Suspender], lodged.DecisionMadeBy);
    }

    [Fact]
    public void Lodge_AgainstRevocation_IsAgainstTheRevocation()
    {
        var assessment = Given([.. Certified(), Revocation()]);

        var lodged = (ObjectionLodged)ObjectionDecider.Decide(assessment, [], Lodge(assessment, DecidedAt.AddDays(1)))[0];

        Assert.Equal(ObjectionAgainst.Revocation, lodged.Against);
        Assert.Equal([Suspender], lodged.DecisionMadeBy);
    }

    [Theory]
    [InlineData("2027-01-04T22:59:00+00:00", true)]  // 23:59 in The Hague on the 42nd day after the decision
    [InlineData("2027-01-04T23:01:00+00:00", false)] // 00:01 on the 43rd day, Dutch time
    public void Lodge_IsInTimeUpToAndIncludingTheFortySecondDay(string now, bool inTime)
    {
        var assessment = Given(Rejected());
        var command = Lodge(assessment, DateTimeOffset.Parse(now));

        if (inTime)
        {
            Assert.Single(ObjectionDecider.Decide(assessment, [], command));
            return;
        }
        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, [], command));
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("Too late", refusal.Text.En);
    }

    [Fact]
    public void Lodge_AgainstACertifiedAssessment_SaysThereIsNothingToObjectTo()
    {
        var assessment = Given(Certified());

        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, [], Lodge(assessment, Now)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("no decision you can object to", refusal.Text.En);
    }

    [Fact]
    public void Lodge_AfterTheSuspensionWasLifted_SaysThereIsNothingToObjectTo()
    {
        var assessment = Given([.. Certified(), Suspension(),
            new CertificateReinstated(AssessmentId, "HSS-2026-00042", "Melding ongegrond gebleken.", Suspender, DecidedAt.AddDays(2))]);

        Assert.Equal(RefusalKind.Conflict,
            Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, [], Lodge(assessment, DecidedAt.AddDays(3)))).Kind);
    }

    [Fact]
    public void Lodge_SecondWhileTheFirstIsOpen_IsRefused()
    {
        var assessment = Given(Rejected());
        EarlierObjection[] earlier = [new(Guid.CreateVersion7(), ObjectionAgainst.Rejection, DecidedAt, IsOpen: true)];

        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, earlier, Lodge(assessment, DecidedAt.AddDays(5))));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("already under way", refusal.Text.En);
    }

    [Fact]
    public void Lodge_SecondAfterTheFirstWasDecided_IsRefused()
    {
        var assessment = Given(Rejected());
        EarlierObjection[] earlier = [new(Guid.CreateVersion7(), ObjectionAgainst.Rejection, DecidedAt, IsOpen: false)];

        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, earlier, Lodge(assessment, DecidedAt.AddDays(5))));

        Assert.Contains("already been decided", refusal.Text.En);
    }

    [Fact]
    public void Lodge_AgainstANewSuspension_IsPossibleAfterAnObjectionAgainstAnEarlierOne()
    {
        var later = DecidedAt.AddDays(60);
        var assessment = Given([.. Certified(), Suspension(),
            new CertificateReinstated(AssessmentId, "HSS-2026-00042", "Bezwaar gegrond verklaard.", Handler, DecidedAt.AddDays(20)),
            Suspension(later)]);
        EarlierObjection[] earlier = [new(Guid.CreateVersion7(), ObjectionAgainst.Suspension, DecidedAt, IsOpen: false)];

        var lodged = (ObjectionLodged)ObjectionDecider.Decide(assessment, earlier, Lodge(assessment, later.AddDays(1)))[0];

        Assert.Equal(later, lodged.DecidedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Oneens.")]
    public void Lodge_WithoutARealMotivation_IsInvalid(string motivation)
    {
        var assessment = Given(Rejected());

        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, [], Lodge(assessment, DecidedAt.AddDays(1), motivation)));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
    }

    [Fact]
    public void Lodge_ByAnotherOrganisation_IsForbidden()
    {
        var assessment = Given(Rejected());
        var command = Lodge(assessment, DecidedAt.AddDays(1)) with { OrganisationId = Guid.CreateVersion7() };

        Assert.Equal(RefusalKind.Forbidden, Assert.Throws<DomainException>(() => ObjectionDecider.Decide(assessment, [], command)).Kind);
    }
}
