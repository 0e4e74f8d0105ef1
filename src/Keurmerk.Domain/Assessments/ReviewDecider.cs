using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Assessments;

/// <summary>
/// ELBHO's side: take into review, judge criterion by criterion, ask for changes, recommend, and the
/// final decision by a second assessor. Four eyes is a rule here, not a hidden button.
/// </summary>
public static class ReviewDecider
{
    public static object[] Decide(Assessment state, StartReview command)
    {
        if (state.Status == AssessmentStatus.InReview)
            throw DomainException.Conflict(
                "Een andere beoordelaar heeft deze zelfevaluatie al in behandeling genomen.",
                "Another assessor has already taken this self-assessment into review.");
        AssessmentDecider.EnsureAllowed(state, AssessmentTrigger.StartReview);
        return [new ReviewStarted(state.Id, state.Round, command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, JudgeCriterion command, CriteriaCatalogue criteria)
    {
        EnsureInReview(state);
        var criterion = criteria.Find(command.CriterionId);
        if (criterion is null || !criterion.AppliesToSize(state.SizeClass))
            throw DomainException.Invalid(
                $"Criterium '{command.CriterionId}' hoort niet bij deze zelfevaluatie.",
                $"Criterion '{command.CriterionId}' is not part of this self-assessment.");
        if (state.Judgements.TryGetValue(criterion.Id, out var current) && current == command.Judgement) return [];
        return [new CriterionJudged(state.Id, state.Round, criterion.Id, command.Judgement, command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, AddComment command, CriteriaCatalogue criteria)
    {
        if (state.Status is not (AssessmentStatus.Submitted or AssessmentStatus.InReview or AssessmentStatus.ChangesRequested))
            throw DomainException.Conflict(
                "Reageren kan alleen zolang de zelfevaluatie in beoordeling is.",
                "Comments are only possible while the self-assessment is under review.");
        if (criteria.Find(command.CriterionId) is null)
            throw DomainException.Invalid($"Onbekend criterium '{command.CriterionId}'.", $"Unknown criterion '{command.CriterionId}'.");
        var text = command.Text.Trim();
        if (text.Length == 0)
            throw DomainException.Invalid("Een reactie mag niet leeg zijn.", "A comment cannot be empty.");
        FieldLimits.Within(text, FieldLimits.Text, "Een reactie", "A comment");
        return [new CommentAdded(state.Id, command.CommentId, command.CriterionId, text, command.By, command.ByName, command.ByAssessor, command.Now)];
    }

    public static object[] Decide(Assessment state, RequestChanges command)
    {
        EnsureInReview(state);
        AssessmentDecider.EnsureAllowed(state, AssessmentTrigger.RequestChanges);
        var flagged = state.Judgements.Where(j => j.Value == Judgement.NeedsChange).Select(j => j.Key).Order().ToList();
        if (flagged.Count == 0)
            throw DomainException.Conflict(
                "Markeer eerst ten minste één criterium als 'aanpassing nodig'.",
                "First mark at least one criterion as 'needs change'.");
        var message = FieldLimits.Within(command.Message.Trim(), FieldLimits.LongText, "Het bericht aan de werkgever", "The message to the employer");
        return [new ChangesRequested(state.Id, state.Round, flagged, message, command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, RecommendDecision command, CriteriaCatalogue criteria)
    {
        EnsureInReview(state);
        RequireMotivation(command.Motivation);
        if (command.Recommendation == Recommendation.Approve)
        {
            var notAccepted = criteria.ApplicableTo(state.SizeClass)
                .Where(c => state.Judgements.GetValueOrDefault(c.Id, Judgement.NeedsChange) != Judgement.Accepted)
                .Select(c => c.Id).ToList();
            if (notAccepted.Count > 0)
                throw DomainException.Conflict(
                    $"Goedkeuren adviseren kan pas als elk criterium is geaccepteerd; nog niet: {string.Join(", ", notAccepted)}.",
                    $"Approval can only be recommended once every criterion is accepted; not yet: {string.Join(", ", notAccepted)}.");
        }
        return [new DecisionRecommended(state.Id, state.Round, command.Recommendation, command.Motivation.Trim(), command.By, command.Now)];
    }

    public static object[] Decide(Assessment state, DecideApproval command)
    {
        EnsureDecisionAllowed(state, command.By, AssessmentTrigger.Approve);
        RequireMotivation(command.Motivation);
        var validFrom = DutchCalendar.DateOf(command.Now);
        return
        [
            new AssessmentApproved(state.Id, state.Round, command.Motivation.Trim(), command.By, command.Now),
            new CertificateIssued(state.Id, command.CertificateNumber, state.OrganisationId, state.OrganisationName,
                state.KvkNumber, state.City, state.Sector, state.CriteriaVersion,
                validFrom, validFrom.AddYears(command.ValidityYears).AddDays(-1), command.By, command.Now),
        ];
    }

    public static object[] Decide(Assessment state, DecideRejection command)
    {
        EnsureDecisionAllowed(state, command.By, AssessmentTrigger.Reject);
        RequireMotivation(command.Reasons);
        return [new AssessmentRejected(state.Id, state.Round, command.Reasons.Trim(), command.By, command.Now)];
    }

    private static void EnsureDecisionAllowed(Assessment state, Guid by, AssessmentTrigger decision)
    {
        EnsureInReview(state);
        if (state.Recommendation is null)
            throw DomainException.Conflict(
                "Er is nog geen advies van de beoordelaar; een besluit volgt op een advies.",
                "There is no recommendation from the reviewer yet; a decision follows a recommendation.");
        if (state.TookPartInReview(by))
            throw DomainException.Forbidden(
                "Vier ogen: het besluit wordt genomen door een andere beoordelaar dan wie de zelfevaluatie beoordeelde of het advies gaf.",
                "Four eyes: the decision is taken by another assessor than the one who reviewed the self-assessment or made the recommendation.");
        AssessmentDecider.EnsureAllowed(state, decision);
    }

    private static void EnsureInReview(Assessment state)
    {
        if (state.Status != AssessmentStatus.InReview)
            throw DomainException.Conflict(
                $"Dit kan alleen tijdens de beoordeling; de status is nu '{StatusNames.Nl(state.Status)}'.",
                $"This is only possible during review; the status is now '{StatusNames.En(state.Status)}'.");
    }

    private static void RequireMotivation(string motivation)
    {
        if (string.IsNullOrWhiteSpace(motivation) || motivation.Trim().Length < 10)
            throw DomainException.Invalid(
                "Schrijf een motivering van ten minste 10 tekens.",
                "Write a motivation of at least 10 characters.");
        FieldLimits.Within(motivation.Trim(), FieldLimits.LongText, "Een motivering", "A motivation");
    }
}
