using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Assessments;

/// <summary>
/// Pure decisions: the current state and a command in, the events to append out, or a refusal.
/// The lifecycle rulebook says which steps the status allows; the criteria say what a valid answer is.
/// </summary>
public static class AssessmentDecider
{
    public static object[] Decide(StartAssessment command, CriteriaCatalogue criteria) =>
    [
        new AssessmentStarted(command.AssessmentId, command.OrganisationId, command.OrganisationName,
            command.KvkNumber, command.City, command.Sector, command.SizeClass, criteria.Standard, criteria.Version, command.By, command.Now),
    ];

    /// <summary>
    /// Several decisions as one: each sees the state the previous ones left, and if any is refused,
    /// none is kept. A form that saves a whole section uses this, so a save is all or nothing.
    /// </summary>
    public static object[] DecideAll(Assessment state, IEnumerable<Func<Assessment, object[]>> decisions)
    {
        var events = new List<object>();
        foreach (var decide in decisions)
        {
            var decided = decide(state);
            events.AddRange(decided);
            state = decided.Aggregate(state, (s, e) => Assessment.Evolve(s, e)!);
        }
        return [.. events];
    }

    public static object[] Decide(Assessment state, AnswerCriterion command, CriteriaCatalogue criteria)
    {
        EnsureEditable(state, command.CriterionId);
        var criterion = ApplicableCriterion(state, command.CriterionId, criteria);
        var value = FieldLimits.Within(command.Value.Trim(), FieldLimits.Text, $"Het antwoord op {criterion.Id}", $"The answer to {criterion.Id}");
        if (!criterion.IsValidAnswer(value))
            throw DomainException.Invalid(
                $"'{value}' is geen geldig antwoord op {criterion.Id}.",
                $"'{value}' is not a valid answer to {criterion.Id}.");

        // Saving the same answer twice (a double click, a re-sent form) records nothing new.
        if (state.Answers.TryGetValue(criterion.Id, out var current) && current == value) return [];
        return [new CriterionAnswered(state.Id, criterion.Id, value, command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, AttachEvidence command, CriteriaCatalogue criteria)
    {
        EnsureEditable(state, command.CriterionId);
        var criterion = ApplicableCriterion(state, command.CriterionId, criteria);
        if (criterion.Evidence == EvidenceRule.None)
            throw DomainException.Invalid(
                $"Bij {criterion.Id} hoort geen bewijsstuk.",
                $"{criterion.Id} does not take evidence.");
        if (state.Evidence.ContainsKey(command.EvidenceId)) return [];
        return
        [
            new EvidenceAttached(state.Id, criterion.Id, command.EvidenceId, command.FileName, command.ContentType,
                command.SizeInBytes, command.Sha256, command.By, command.Now),
        ];
    }

    public static object[] Decide(Assessment state, RemoveEvidence command)
    {
        // Removing what is already gone (a second click) changes nothing.
        if (!state.Evidence.TryGetValue(command.EvidenceId, out var evidence)) return [];
        EnsureEditable(state, evidence.CriterionId);
        return [new EvidenceRemoved(state.Id, evidence.CriterionId, evidence.EvidenceId, evidence.FileName, command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, SubmitAssessment command, CriteriaCatalogue criteria)
    {
        EnsureAllowed(state, AssessmentTrigger.Submit);
        var report = Readiness.Evaluate(criteria, state.SizeClass, state.Answers, state.CriteriaWithEvidence);
        if (!report.IsReady)
            throw DomainException.Conflict(
                $"De zelfevaluatie is nog niet klaar om in te dienen: {Describe(report, "nl")}.",
                $"The self-assessment is not ready to submit: {Describe(report, "en")}.");
        return [new AssessmentSubmitted(state.Id, state.Round, report.ScorePercent, command.By, command.Now)];
    }

    private static void EnsureEditable(Assessment state, string criterionId)
    {
        EnsureAllowed(state, AssessmentTrigger.Edit);
        if (state.Status == AssessmentStatus.ChangesRequested && !state.Flagged.Contains(criterionId))
            throw DomainException.Conflict(
                $"Alleen de criteria waarvoor de beoordelaar een aanpassing vroeg, kunnen nog worden gewijzigd; {criterionId} hoort daar niet bij.",
                $"Only the criteria the assessor asked to change can still be changed; {criterionId} is not one of them.");
    }

    public static object[] Decide(Assessment state, WithdrawAssessment command)
    {
        EnsureAllowed(state, AssessmentTrigger.Withdraw);
        return [new AssessmentWithdrawn(state.Id, command.Reason.Trim(), command.By, command.Now)];
    }

    internal static void EnsureAllowed(Assessment state, AssessmentTrigger trigger)
    {
        if (AssessmentLifecycle.Allows(state.Status, trigger, hasRecommendation: state.Recommendation is not null)) return;
        throw DomainException.Conflict(
            $"Dit kan niet: de zelfevaluatie heeft de status '{StatusNames.Nl(state.Status)}'.",
            $"This is not possible: the self-assessment's status is '{StatusNames.En(state.Status)}'.");
    }

    private static Criterion ApplicableCriterion(Assessment state, string criterionId, CriteriaCatalogue criteria)
    {
        var criterion = criteria.Find(criterionId);
        if (criterion is null || !criterion.AppliesToSize(state.SizeClass))
            throw DomainException.Invalid(
                $"Criterium '{criterionId}' hoort niet bij deze zelfevaluatie.",
                $"Criterion '{criterionId}' is not part of this self-assessment.");
        return criterion;
    }

    private static string Describe(ReadinessReport report, string language)
    {
        var parts = new List<string>();
        if (report.MissingAnswers.Count > 0)
            parts.Add(language == "nl" ? $"{report.MissingAnswers.Count} vragen onbeantwoord" : $"{report.MissingAnswers.Count} questions unanswered");
        if (report.MissingEvidence.Count > 0)
            parts.Add(language == "nl" ? $"{report.MissingEvidence.Count} bewijsstukken ontbreken" : $"{report.MissingEvidence.Count} pieces of evidence missing");
        if (report.UnmetKnockOuts.Count > 0)
            parts.Add(language == "nl"
                ? $"niet voldaan aan knock-out {string.Join(", ", report.UnmetKnockOuts)}"
                : $"knock-out {string.Join(", ", report.UnmetKnockOuts)} not met");
        return string.Join("; ", parts);
    }
}
