using Stateless;
using Stateless.Graph;

namespace Keurmerk.Domain.Assessments;

/// <summary>
/// The certification lifecycle as a rulebook. A fresh machine is built for every question, in the
/// assessment's current status; it never owns or writes that status and has no entry actions, so
/// replaying events can never trigger a side effect. Decisions ask it what is permitted; Apply sets
/// the status from the resulting event.
/// </summary>
public static class AssessmentLifecycle
{
    public static StateMachine<AssessmentStatus, AssessmentTrigger> For(AssessmentStatus status, bool hasRecommendation = false)
    {
        var machine = new StateMachine<AssessmentStatus, AssessmentTrigger>(status);

        machine.Configure(AssessmentStatus.Draft)
            .PermitReentry(AssessmentTrigger.Edit)
            .Permit(AssessmentTrigger.Submit, AssessmentStatus.Submitted)
            .Permit(AssessmentTrigger.Withdraw, AssessmentStatus.Withdrawn);

        machine.Configure(AssessmentStatus.Submitted)
            .Permit(AssessmentTrigger.StartReview, AssessmentStatus.InReview)
            .Permit(AssessmentTrigger.Withdraw, AssessmentStatus.Withdrawn);

        machine.Configure(AssessmentStatus.InReview)
            .Permit(AssessmentTrigger.RequestChanges, AssessmentStatus.ChangesRequested)
            .PermitReentry(AssessmentTrigger.Recommend)
            .PermitIf(AssessmentTrigger.Approve, AssessmentStatus.Approved, () => hasRecommendation, "a reviewer has made a recommendation")
            .PermitIf(AssessmentTrigger.Reject, AssessmentStatus.Rejected, () => hasRecommendation, "a reviewer has made a recommendation");

        machine.Configure(AssessmentStatus.ChangesRequested)
            .PermitReentry(AssessmentTrigger.Edit)
            .Permit(AssessmentTrigger.Submit, AssessmentStatus.Submitted)
            .Permit(AssessmentTrigger.Withdraw, AssessmentStatus.Withdrawn);

        machine.Configure(AssessmentStatus.Approved)
            .Permit(AssessmentTrigger.Certify, AssessmentStatus.Certified);

        machine.Configure(AssessmentStatus.Certified)
            .Permit(AssessmentTrigger.Suspend, AssessmentStatus.Suspended)
            .Permit(AssessmentTrigger.Expire, AssessmentStatus.Expired)
            .Permit(AssessmentTrigger.Revoke, AssessmentStatus.Revoked);

        machine.Configure(AssessmentStatus.Suspended)
            .Permit(AssessmentTrigger.Reinstate, AssessmentStatus.Certified)
            .Permit(AssessmentTrigger.Expire, AssessmentStatus.Expired)
            .Permit(AssessmentTrigger.Revoke, AssessmentStatus.Revoked);

        // Rejected, Expired, Revoked and Withdrawn are final: nothing leaves them.
        machine.Configure(AssessmentStatus.Rejected);
        machine.Configure(AssessmentStatus.Expired);
        machine.Configure(AssessmentStatus.Revoked);
        machine.Configure(AssessmentStatus.Withdrawn);

        return machine;
    }

    public static bool Allows(AssessmentStatus status, AssessmentTrigger trigger, bool hasRecommendation = false) =>
        For(status, hasRecommendation).CanFire(trigger);

    // Asked trigger by trigger: Stateless marks its synchronous PermittedTriggers obsolete, and guards here are pure.
    public static IReadOnlyList<AssessmentTrigger> PermittedTriggers(AssessmentStatus status, bool hasRecommendation = false)
    {
        var machine = For(status, hasRecommendation);
        return Enum.GetValues<AssessmentTrigger>().Where(trigger => machine.CanFire(trigger)).ToList();
    }

    /// <summary>The whole lifecycle as a Mermaid state diagram, produced from the configured machine itself.</summary>
    public static string MermaidGraph() =>
        Stateless.Graph.MermaidGraph.Format(For(AssessmentStatus.Draft, hasRecommendation: true).GetInfo());

    public static string DotGraph() => UmlDotGraph.Format(For(AssessmentStatus.Draft, hasRecommendation: true).GetInfo());
}
