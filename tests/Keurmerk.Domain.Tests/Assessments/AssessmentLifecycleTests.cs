using static Keurmerk.Domain.Assessments.AssessmentStatus;
using static Keurmerk.Domain.Assessments.AssessmentTrigger;
using AssessmentLifecycle = Keurmerk.Domain.Assessments.AssessmentLifecycle;
using AssessmentStatus = Keurmerk.Domain.Assessments.AssessmentStatus;
using AssessmentTrigger = Keurmerk.Domain.Assessments.AssessmentTrigger;

namespace Keurmerk.Domain.Tests.Lifecycle;

public class AssessmentLifecycleTests
{
    // The whole rulebook written out by hand: (from, trigger) -> to. Anything not listed is refused.
    private static readonly Dictionary<(AssessmentStatus, AssessmentTrigger), AssessmentStatus> Allowed = new()
    {
        [(Draft, Edit)] = Draft,
        [(Draft, Submit)] = Submitted,
        [(Draft, Withdraw)] = Withdrawn,
        [(Submitted, StartReview)] = InReview,
        [(Submitted, Withdraw)] = Withdrawn,
        [(InReview, RequestChanges)] = ChangesRequested,
        [(InReview, Recommend)] = InReview,
        [(InReview, Approve)] = Approved,
        [(InReview, Reject)] = Rejected,
        [(ChangesRequested, Edit)] = ChangesRequested,
        [(ChangesRequested, Submit)] = Submitted,
        [(ChangesRequested, Withdraw)] = Withdrawn,
        [(Approved, Certify)] = Certified,
        [(Certified, Suspend)] = Suspended,
        [(Certified, Expire)] = Expired,
        [(Certified, Revoke)] = Revoked,
        [(Suspended, Reinstate)] = Certified,
        [(Suspended, Expire)] = Expired,
        [(Suspended, Revoke)] = Revoked,
    };

    public static TheoryData<AssessmentStatus, AssessmentTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<AssessmentStatus, AssessmentTrigger>();
        foreach (var status in Enum.GetValues<AssessmentStatus>())
            foreach (var trigger in Enum.GetValues<AssessmentTrigger>())
                data.Add(status, trigger);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Trigger_IsAllowedExactlyWhereTheTableSays(AssessmentStatus status, AssessmentTrigger trigger)
    {
        var machine = AssessmentLifecycle.For(status, hasRecommendation: true);

        Assert.Equal(Allowed.ContainsKey((status, trigger)), machine.CanFire(trigger));
        if (Allowed.TryGetValue((status, trigger), out var destination))
        {
            machine.Fire(trigger);
            Assert.Equal(destination, machine.State);
        }
    }

    [Theory]
    [InlineData(Approve)]
    [InlineData(Reject)]
    public void Decision_WithoutRecommendation_IsRefused(AssessmentTrigger decision)
    {
        Assert.False(AssessmentLifecycle.Allows(InReview, decision, hasRecommendation: false));
        Assert.True(AssessmentLifecycle.Allows(InReview, decision, hasRecommendation: true));
    }

    [Fact]
    public void FinalStates_PermitNothing()
    {
        Assert.All(new[] { Rejected, Expired, Revoked, Withdrawn },
            s => Assert.Empty(AssessmentLifecycle.PermittedTriggers(s, hasRecommendation: true)));
    }

    [Fact]
    public void Graph_MatchesTheDiagramInTheDocs()
    {
        var doc = File.ReadAllText(Path.Combine(TestCriteria.Folder, "..", "docs", "lifecycle.md"));
        var start = doc.IndexOf("```mermaid", StringComparison.Ordinal) + "```mermaid".Length;
        var committed = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(Normalize(committed), Normalize(AssessmentLifecycle.MermaidGraph()));
    }

    private static string Normalize(string graph) =>
        string.Join("\n", graph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
