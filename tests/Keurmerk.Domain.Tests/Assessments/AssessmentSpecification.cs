using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Assessments;

/// <summary>Given events, when a command, then events or a refusal. No database, no mocks.</summary>
public abstract class AssessmentSpecification
{
    protected static readonly CriteriaCatalogue Criteria = TestCriteria.V1.Value;
    protected static readonly Guid AssessmentId = Guid.CreateVersion7();
    protected static readonly Guid Employer = Guid.CreateVersion7();
    protected static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    protected static AssessmentStarted Started(SizeClass size = SizeClass.Small) =>
        new(AssessmentId, Guid.CreateVersion7(), "Bakkerij De Korrel", "12345678", "Den Haag", "horeca", size, Criteria.Standard, Criteria.Version, Employer, Now);

    protected static Assessment Given(params object[] events)
    {
        return events.Aggregate((Assessment?)null, Assessment.Evolve)!;
    }

    protected static Assessment Apply(Assessment state, object e) => Assessment.Evolve(state, e)!;

    /// <summary>Every applicable criterion answered at its best, with evidence wherever it is required.</summary>
    protected static object[] CompleteAnswers(SizeClass size = SizeClass.Small)
    {
        var events = new List<object>();
        foreach (var c in Criteria.ApplicableTo(size))
        {
            var best = c.Answer switch
            {
                AnswerType.YesNo => "yes",
                AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
                _ => "Wij bespreken dit elk kwartaal met alle begeleiders.",
            };
            events.Add(new CriterionAnswered(AssessmentId, c.Id, best, Employer, Now));
            if (c.Evidence == EvidenceRule.Required)
                events.Add(new EvidenceAttached(AssessmentId, c.Id, Guid.CreateVersion7(), $"{c.Id}.pdf", "application/pdf", 1000, "abc", Employer, Now));
        }
        return events.ToArray();
    }

    protected static Criterion KnockOut => Criteria.AllCriteria.First(c => c.KnockOut && c.Answer == AnswerType.YesNo);
}
