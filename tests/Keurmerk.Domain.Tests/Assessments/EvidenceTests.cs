using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Assessments;

public class EvidenceTests : AssessmentSpecification
{
    private static readonly Criterion NeedsEvidence = Criteria.AllCriteria.First(c => c.Evidence == EvidenceRule.Required);
    private static readonly Criterion NoEvidence = Criteria.AllCriteria.First(c => c.Evidence == EvidenceRule.None);
    private static readonly Guid EvidenceId = Guid.CreateVersion7();

    private static AttachEvidence Attach(string criterionId) =>
        new(criterionId, EvidenceId, "protocol.pdf", "application/pdf", 2048, "hash", Employer, Now);

    [Fact]
    public void Attach_ToCriterionThatTakesEvidence_IsRecorded()
    {
        var events = AssessmentDecider.Decide(Given(Started()), Attach(NeedsEvidence.Id), Criteria);

        var attached = Assert.IsType<EvidenceAttached>(Assert.Single(events));
        Assert.Equal((NeedsEvidence.Id, EvidenceId, "protocol.pdf"), (attached.CriterionId, attached.EvidenceId, attached.FileName));
    }

    [Fact]
    public void Attach_ToCriterionWithoutEvidence_IsRefused()
    {
        Assert.Throws<DomainException>(() => AssessmentDecider.Decide(Given(Started()), Attach(NoEvidence.Id), Criteria));
    }

    [Fact]
    public void Remove_AttachedEvidence_IsRecorded_AndASecondRemoveRecordsNothing()
    {
        var attached = (EvidenceAttached)AssessmentDecider.Decide(Given(Started()), Attach(NeedsEvidence.Id), Criteria)[0];
        var state = Given(Started(), attached);

        var events = AssessmentDecider.Decide(state, new RemoveEvidence(EvidenceId, Employer, Now));
        var removed = Assert.IsType<EvidenceRemoved>(Assert.Single(events));

        Assert.Empty(AssessmentDecider.Decide(Apply(state, removed), new RemoveEvidence(EvidenceId, Employer, Now)));
    }
}
