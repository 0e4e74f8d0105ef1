using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;

namespace Keurmerk.Domain.Tests.Objections;

public class HandleObjectionTests : ObjectionSpecification
{
    private static readonly DateTimeOffset Later = DecidedAt.AddDays(14);

    private static Objection AgainstRejection(params object[] more) =>
        GivenObjection([Lodged(ObjectionAgainst.Rejection, Reviewer, Decider), .. more]);

    private static ObjectionTaken TakenByHandler => new(ObjectionId, Handler, Later);

    [Fact]
    public void Take_ByAnAssessorWhoTookNoPart_IsRecorded()
    {
        var events = ObjectionDecider.Decide(AgainstRejection(), new TakeObjection(Handler, Later));

        Assert.Equal([new ObjectionTaken(ObjectionId, Handler, Later)], events);
    }

    [Theory]
    [MemberData(nameof(PeopleWhoTookPartInTheRejection))]
    public void Take_BySomeoneWhoTookPartInTheDecision_IsForbidden(Guid person)
    {
        var refusal = Assert.Throws<DomainException>(() => ObjectionDecider.Decide(AgainstRejection(), new TakeObjection(person, Later)));

        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
        Assert.Contains("Four eyes", refusal.Text.En);
    }

    public static TheoryData<Guid> PeopleWhoTookPartInTheRejection => [Reviewer, Decider];

    [Fact]
    public void Take_AgainstSuspension_BySuspender_IsForbidden_ButTheReviewerMayHandleIt()
    {
        var objection = GivenObjection(Lodged(ObjectionAgainst.Suspension, Suspender));

        Assert.Equal(RefusalKind.Forbidden,
            Assert.Throws<DomainException>(() => ObjectionDecider.Decide(objection, new TakeObjection(Suspender, Later))).Kind);
        Assert.Single(ObjectionDecider.Decide(objection, new TakeObjection(Reviewer, Later)));
    }

    [Fact]
    public void Take_AlreadyTakenByAnother_IsAConflict_ButTakingAgainYourselfRecordsNothing()
    {
        var objection = AgainstRejection(TakenByHandler);

        Assert.Equal(RefusalKind.Conflict,
            Assert.Throws<DomainException>(() => ObjectionDecider.Decide(objection, new TakeObjection(OtherAssessor, Later))).Kind);
        Assert.Empty(ObjectionDecider.Decide(objection, new TakeObjection(Handler, Later)));
    }

    [Fact]
    public void Dismiss_ByTheHandler_WithReasons_IsRecorded()
    {
        var events = ObjectionDecider.Decide(AgainstRejection(TakenByHandler), new DismissObjection("  Het besluit blijft in stand.  ", Handler, Later));

        Assert.Equal([new ObjectionDismissed(ObjectionId, "Het besluit blijft in stand.", Handler, Later)], events);
        Assert.Equal(ObjectionStatus.Dismissed, AgainstRejection([TakenByHandler, .. events]).Status);
    }

    [Fact]
    public void Uphold_ByTheHandler_WithReasons_IsRecorded()
    {
        var events = ObjectionDecider.Decide(AgainstRejection(TakenByHandler), new UpholdObjection("Het beleid was wel aanwezig.", Handler, Later));

        Assert.Equal([new ObjectionUpheld(ObjectionId, "Het beleid was wel aanwezig.", Handler, Later)], events);
    }

    [Fact]
    public void Uphold_BeforeItWasTaken_IsAConflict()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ObjectionDecider.Decide(AgainstRejection(), new UpholdObjection("Het beleid was wel aanwezig.", Handler, Later)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public void Dismiss_BySomeoneOtherThanTheHandler_IsForbidden()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ObjectionDecider.Decide(AgainstRejection(TakenByHandler), new DismissObjection("Het besluit blijft in stand.", OtherAssessor, Later)));

        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public void Dismiss_WithoutReasons_IsInvalid()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ObjectionDecider.Decide(AgainstRejection(TakenByHandler), new DismissObjection("Nee.", Handler, Later)));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
    }

    [Fact]
    public void Uphold_AfterItWasDismissed_IsAConflict()
    {
        var decided = AgainstRejection(TakenByHandler, new ObjectionDismissed(ObjectionId, "Het besluit blijft in stand.", Handler, Later));

        var refusal = Assert.Throws<DomainException>(() =>
            ObjectionDecider.Decide(decided, new UpholdObjection("Toch gegrond, bij nader inzien.", Handler, Later)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("already been decided", refusal.Text.En);
    }
}
