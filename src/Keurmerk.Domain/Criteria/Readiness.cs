namespace Keurmerk.Domain.Criteria;

public sealed record SectionScore(string SectionId, int Applicable, int Answered, int ScorePercent)
{
    public int ProgressPercent => Applicable == 0 ? 100 : Answered * 100 / Applicable;
}

/// <summary>What stands between an assessment and its submission, and how it scores so far.</summary>
public sealed record ReadinessReport(
    IReadOnlyList<string> UnmetKnockOuts,
    IReadOnlyList<string> MissingAnswers,
    IReadOnlyList<string> MissingEvidence,
    IReadOnlyList<SectionScore> Sections,
    int ScorePercent)
{
    public bool IsReady => UnmetKnockOuts.Count == 0 && MissingAnswers.Count == 0 && MissingEvidence.Count == 0;
}

public static class Readiness
{
    /// <summary>
    /// Ready means: every applicable criterion answered, required evidence attached, every knock-out met.
    /// The score weighs the scored criteria only; knock-outs are pass or fail.
    /// </summary>
    public static ReadinessReport Evaluate(
        CriteriaCatalogue catalogue,
        SizeClass size,
        IReadOnlyDictionary<string, string> answers,
        IReadOnlyCollection<string> criteriaWithEvidence)
    {
        var unmetKnockOuts = new List<string>();
        var missingAnswers = new List<string>();
        var missingEvidence = new List<string>();
        var sections = new List<SectionScore>();
        double totalWeight = 0, totalPoints = 0;

        foreach (var section in catalogue.Sections)
        {
            var applicable = section.Criteria.Where(c => c.AppliesToSize(size)).ToList();
            double weight = 0, points = 0;
            var answered = 0;
            foreach (var criterion in applicable)
            {
                var answer = answers.GetValueOrDefault(criterion.Id);
                if (answer is null) missingAnswers.Add(criterion.Id);
                else answered++;
                if (criterion.Evidence == EvidenceRule.Required && !criteriaWithEvidence.Contains(criterion.Id))
                    missingEvidence.Add(criterion.Id);
                if (criterion.KnockOut)
                {
                    if (answer is not null && !criterion.IsMetBy(answer)) unmetKnockOuts.Add(criterion.Id);
                }
                else
                {
                    weight += criterion.Weight;
                    points += criterion.Weight * criterion.Fulfilment(answer);
                }
            }
            totalWeight += weight;
            totalPoints += points;
            sections.Add(new SectionScore(section.Id, applicable.Count, answered, Percent(points, weight)));
        }

        return new ReadinessReport(unmetKnockOuts, missingAnswers, missingEvidence, sections, Percent(totalPoints, totalWeight));
    }

    private static int Percent(double points, double weight) =>
        weight == 0 ? 100 : (int)Math.Round(points * 100 / weight, MidpointRounding.AwayFromZero);
}
