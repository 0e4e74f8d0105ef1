using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Objections;

/// <summary>A decision an employer can object to: its kind, the people who took it and when.</summary>
public sealed record ContestableDecision(ObjectionAgainst Against, IReadOnlyList<Guid> DecidedBy, DateTimeOffset DecidedAt)
{
    /// <summary>The last day an objection is in time: six weeks from the decision's (Dutch) date.</summary>
    public DateOnly Deadline => DutchCalendar.DateOf(DecidedAt).AddDays(ObjectionDecider.PeriodInDays);

    public bool IsSameAs(EarlierObjection earlier) => earlier.Against == Against && earlier.DecidedAt == DecidedAt;
}

/// <summary>
/// Pure decisions about an objection (bezwaar): lodged in time against a rejection, suspension or
/// revocation, handled by an assessor who took no part in that decision, upheld or dismissed with reasons.
/// </summary>
public static class ObjectionDecider
{
    public const int PeriodInDays = 42;
    public const int MaximumFiles = 5;

    /// <summary>
    /// The decision the assessment is now under, if it is one that can be objected to. A lifted
    /// suspension or an expired certificate leaves nothing to object to.
    /// </summary>
    public static ContestableDecision? DecisionToObjectTo(Assessment assessment)
    {
        if (assessment.LastAdverseDecision is not { } decision || decision.Outcome != assessment.Status) return null;
        return assessment.Status switch
        {
            // Reviewer, recommender and decider all shaped a rejection; none of them may judge the objection.
            AssessmentStatus.Rejected => new ContestableDecision(ObjectionAgainst.Rejection,
                new[] { assessment.ReviewerId, assessment.RecommendedBy, decision.DecidedBy }.OfType<Guid>().Distinct().ToList(), decision.DecidedAt),
            AssessmentStatus.Suspended => new ContestableDecision(ObjectionAgainst.Suspension, [decision.DecidedBy], decision.DecidedAt),
            AssessmentStatus.Revoked => new ContestableDecision(ObjectionAgainst.Revocation, [decision.DecidedBy], decision.DecidedAt),
            _ => null,
        };
    }

    /// <summary>The decision an objection would be against, or a refusal saying why there can be none now.</summary>
    public static ContestableDecision EnsureCanLodge(Assessment assessment, IReadOnlyCollection<EarlierObjection> earlier, DateTimeOffset now)
    {
        var decision = DecisionToObjectTo(assessment) ?? throw DomainException.Conflict(
            $"Er is geen besluit waartegen u bezwaar kunt maken; de status is '{StatusNames.Nl(assessment.Status)}'.",
            $"There is no decision you can object to; the status is '{StatusNames.En(assessment.Status)}'.");
        var same = earlier.FirstOrDefault(decision.IsSameAs);
        if (same is { IsOpen: true })
            throw DomainException.Conflict(
                "Er loopt al een bezwaar tegen dit besluit.", "An objection against this decision is already under way.");
        if (same is not null)
            throw DomainException.Conflict(
                "Op een bezwaar tegen dit besluit is al beslist; een tweede bezwaar is niet mogelijk.",
                "An objection against this decision has already been decided; a second objection is not possible.");
        if (DutchCalendar.DateOf(now) > decision.Deadline)
            throw DomainException.Conflict(
                $"Te laat: bezwaar kon tot en met {decision.Deadline:d-M-yyyy}, zes weken na het besluit.",
                $"Too late: an objection was possible until {decision.Deadline:yyyy-MM-dd}, six weeks after the decision.");
        return decision;
    }

    public static bool CanLodge(Assessment assessment, IReadOnlyCollection<EarlierObjection> earlier, DateTimeOffset now)
    {
        try
        {
            EnsureCanLodge(assessment, earlier, now);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    public static object[] Decide(Assessment assessment, IReadOnlyCollection<EarlierObjection> earlier, LodgeObjection command)
    {
        if (command.OrganisationId != assessment.OrganisationId)
            throw DomainException.Forbidden(
                "Alleen de organisatie zelf kan bezwaar maken tegen dit besluit.", "Only the organisation itself can object to this decision.");
        var decision = EnsureCanLodge(assessment, earlier, command.Now);
        var motivation = command.Motivation?.Trim() ?? "";
        if (motivation.Length < 10)
            throw DomainException.Invalid(
                "Schrijf waarom u het niet eens bent met het besluit, in ten minste 10 tekens.",
                "Write why you disagree with the decision, in at least 10 characters.");
        FieldLimits.Within(motivation, FieldLimits.LongText, "Een motivering", "A motivation");
        if (command.Files.Count > MaximumFiles)
            throw DomainException.Invalid($"Voeg ten hoogste {MaximumFiles} bestanden toe.", $"Attach at most {MaximumFiles} files.");
        return
        [
            new ObjectionLodged(command.ObjectionId, assessment.Id, assessment.OrganisationId, assessment.OrganisationName,
                decision.Against, decision.DecidedBy, decision.DecidedAt, motivation, command.Files, command.By, command.Now),
        ];
    }

    public static object[] Decide(Objection state, TakeObjection command)
    {
        EnsureDidNotTakePart(state, command.By);
        EnsureOpen(state);
        if (state.Status == ObjectionStatus.InHandling)
        {
            // Taking what one already handles (a second click) changes nothing.
            if (state.HandlerId == command.By) return [];
            throw DomainException.Conflict(
                "Een andere beoordelaar behandelt dit bezwaar al.", "Another assessor is already handling this objection.");
        }
        return [new ObjectionTaken(state.Id, command.By, command.Now)];
    }

    public static object[] Decide(Objection state, UpholdObjection command)
    {
        var reasons = EnsureMayDecide(state, command.By, command.Reasons);
        return [new ObjectionUpheld(state.Id, reasons, command.By, command.Now)];
    }

    public static object[] Decide(Objection state, DismissObjection command)
    {
        var reasons = EnsureMayDecide(state, command.By, command.Reasons);
        return [new ObjectionDismissed(state.Id, reasons, command.By, command.Now)];
    }

    /// <summary>
    /// What upholding changes on the assessment. A suspension objected to is lifted, if it is still the
    /// suspension in force and the certificate is still valid. A rejection or revocation stays on record:
    /// the upheld objection is the outcome, and the employer may start a new assessment.
    /// </summary>
    public static object[] ConsequencesOfUpholding(Objection objection, Assessment assessment, UpholdObjection command)
    {
        if (objection.Against != ObjectionAgainst.Suspension) return [];
        var stillThatSuspension = assessment.Status == AssessmentStatus.Suspended
            && assessment.LastAdverseDecision?.DecidedAt == objection.DecidedAt;
        if (!stillThatSuspension || assessment.ValidUntil < DutchCalendar.DateOf(command.Now)) return [];
        return CertificateDecider.Decide(assessment,
            new ReinstateCertificate($"Bezwaar gegrond verklaard: {command.Reasons.Trim()}", command.By, command.Now));
    }

    private static string EnsureMayDecide(Objection state, Guid by, string reasons)
    {
        EnsureDidNotTakePart(state, by);
        EnsureOpen(state);
        if (state.Status == ObjectionStatus.Lodged)
            throw DomainException.Conflict(
                "Neem het bezwaar eerst in behandeling.", "First take the objection into handling.");
        if (state.HandlerId != by)
            throw DomainException.Forbidden(
                "Alleen de beoordelaar die het bezwaar behandelt, beslist erop.", "Only the assessor handling the objection decides on it.");
        var trimmed = reasons?.Trim() ?? "";
        if (trimmed.Length < 10)
            throw DomainException.Invalid("Geef redenen van ten minste 10 tekens.", "Give reasons of at least 10 characters.");
        return FieldLimits.Within(trimmed, FieldLimits.LongText, "De redenen", "The reasons");
    }

    private static void EnsureDidNotTakePart(Objection state, Guid by)
    {
        if (state.TookPartInDecision(by))
            throw DomainException.Forbidden(
                "Vier ogen: een bezwaar wordt behandeld door een beoordelaar die niet betrokken was bij het besluit.",
                "Four eyes: an objection is handled by an assessor who took no part in the decision.");
    }

    private static void EnsureOpen(Objection state)
    {
        if (!state.IsOpen)
            throw DomainException.Conflict(
                $"Op dit bezwaar is al beslist: {ObjectionNames.Nl(state.Status)}.",
                $"This objection has already been decided: {ObjectionNames.En(state.Status)}.");
    }
}
