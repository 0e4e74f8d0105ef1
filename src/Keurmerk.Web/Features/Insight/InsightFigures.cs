using Keurmerk.Audits.Insight;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Objections;
using Keurmerk.Domain.Signals;

namespace Keurmerk.Web.Features.Insight;

/// <summary>An organisation's attributes as the dashboard groups by them; sign-up is a document, not an event.</summary>
public sealed record OrganisationFacts(Guid Id, string Sector, SizeClass Size, string City, DateTimeOffset RegisteredAt);

/// <summary>Everything the figures are computed from, already narrowed to the filter's organisations where the store could.</summary>
public sealed record InsightData(
    IReadOnlyList<OrganisationFacts> Organisations,
    IReadOnlyList<AssessmentInsight> Assessments,
    IReadOnlyList<SignalInsight> Signals,
    IReadOnlyList<ObjectionInsight> Objections);

/// <summary>
/// The dashboard's tables, computed from the async projections before any disclosure control. Pure: the
/// same data and filter give the same tables. Each step is counted in the quarter in which it happened.
/// </summary>
public static class InsightFigures
{
    private static LocalizedText L(string nl, string en) => new(nl, en);

    public static readonly (string Key, LocalizedText Label)[] Steps =
    [
        ("signed-up", L("Aangemeld", "Signed up")),
        ("started", L("Zelfevaluatie gestart", "Assessment started")),
        ("submitted", L("Ingediend", "Submitted")),
        ("in-review", L("In beoordeling", "In review")),
        ("changes", L("Wijzigingen gevraagd", "Changes requested")),
        ("certified", L("Gecertificeerd", "Certified")),
        ("renewed", L("Verlengd", "Renewed")),
        ("suspended", L("Geschorst", "Suspended")),
        ("revoked", L("Ingetrokken", "Revoked")),
        ("expired", L("Verlopen", "Expired")),
    ];

    public static IReadOnlyList<InsightTable> All(InsightData data, InsightFilter filter, CriteriaLibrary criteria)
    {
        var scope = Scope(data, filter);
        return
        [
            Pipeline(scope, filter),
            Time(scope, filter),
            Criteria(scope, filter, criteria),
            Sections(scope, filter, criteria),
            Who(scope, filter, "sector", L("Per sector", "By sector"), L("Sector", "Sector"), o => o.Sector),
            Who(scope, filter, "size", L("Per grootteklasse", "By size class"), L("Grootteklasse", "Size class"), o => o.Size.ToString()),
            Who(scope, filter, "city", L("Per plaats", "By city"), L("Plaats", "City"), o => o.City),
            Signals(scope, filter),
            Objections(scope, filter),
        ];
    }

    /// <summary>The data narrowed to the filter's organisations and standard version.</summary>
    internal sealed record Scoped(
        IReadOnlyList<OrganisationFacts> Organisations,
        IReadOnlyList<AssessmentInsight> Assessments,
        IReadOnlyList<SignalInsight> Signals,
        IReadOnlyList<ObjectionInsight> Objections,
        IReadOnlyDictionary<Guid, OrganisationFacts> ById);

    internal static Scoped Scope(InsightData data, InsightFilter filter)
    {
        bool Matches(string sector, SizeClass size, string city) =>
            (filter.Sector is null || string.Equals(sector, filter.Sector, StringComparison.OrdinalIgnoreCase))
            && (filter.Size is null || size == filter.Size)
            && (filter.City is null || string.Equals(city, filter.City, StringComparison.OrdinalIgnoreCase));

        var organisations = data.Organisations.Where(o => Matches(o.Sector, o.Size, o.City)).ToList();
        var byId = organisations.ToDictionary(o => o.Id);
        var assessments = data.Assessments
            .Where(a => Matches(a.Sector, a.SizeClass, a.City) && (filter.Version is null || a.CriteriaVersion == filter.Version))
            .ToList();
        return new Scoped(organisations, assessments,
            [.. data.Signals.Where(s => byId.ContainsKey(s.OrganisationId))],
            [.. data.Objections.Where(o => byId.ContainsKey(o.OrganisationId))],
            byId);
    }

    internal static InsightTable Pipeline(Scoped scope, InsightFilter filter)
    {
        var quarters = filter.Quarters.ToList();
        var counts = quarters.ToDictionary(q => q, _ => new double[Steps.Length]);
        void Count(DateTimeOffset? moment, int step)
        {
            if (moment is { } m && counts.TryGetValue(Quarter.Of(m), out var row)) row[step]++;
        }

        foreach (var o in scope.Organisations) Count(o.RegisteredAt, 0);
        foreach (var a in scope.Assessments)
        {
            Count(a.StartedAt, 1);
            Count(FirstOf(a.Submissions), 2);
            Count(FirstOf(a.ReviewStarts), 3);
            Count(FirstOf(a.ChangesRequests), 4);
            Count(a.CertifiedAt, a.IsRenewal ? 6 : 5);
            Count(a.SuspendedAt, 7);
            Count(a.RevokedAt, 8);
            Count(a.ExpiredAt, 9);
        }
        return new InsightTable("pipeline", L("Van aanmelding tot keurmerk, per kwartaal", "From sign-up to quality mark, per quarter"),
            L("Kwartaal", "Quarter"),
            [.. Steps.Select(s => new InsightColumn(s.Key, s.Label))],
            [.. quarters.Select(q => new InsightRow(q.ToString(), L(q.ToString(), q.ToString()), [.. counts[q].Select(v => (double?)v)]))],
            ColumnTotals: true,
            Note: L("Elke stap telt in het kwartaal waarin hij gebeurde; de eerste indiening, beoordeling en wijzigingsronde van een zelfevaluatie tellen.",
                "Each step counts in the quarter it happened in; an assessment's first submission, review and round of changes count."));
    }

    /// <summary>Conversion between the pipeline's steps over the whole period, from the published totals only.</summary>
    public static PublishedTable Conversion(PublishedTable pipeline)
    {
        double? Total(string key)
        {
            var index = pipeline.Columns.ToList().FindIndex(c => c.Key == key);
            var figure = pipeline.Totals!.Cells[index];
            return figure.Suppressed ? null : figure.Value;
        }
        double? Certified() => Total("certified") is { } c && Total("renewed") is { } r ? c + r : null;
        Figure Ratio(double? part, double? whole) => Figure.Of(part is { } p && whole is { } w && w > 0 ? Math.Round(100 * p / w) : null);

        PublishedRow Row(string key, LocalizedText label, Figure figure) => new(key, label, [figure], null);
        return new PublishedTable("conversion", L("Doorstroom tussen de stappen", "Conversion between steps"), L("Stap", "Step"),
            [new InsightColumn("percent", L("Percentage", "Percentage"), FigureKind.Percent)],
            [
                Row("started", L("Aangemeld → gestart", "Signed up → started"), Ratio(Total("started"), Total("signed-up"))),
                Row("submitted", L("Gestart → ingediend", "Started → submitted"), Ratio(Total("submitted"), Total("started"))),
                Row("in-review", L("Ingediend → in beoordeling", "Submitted → in review"), Ratio(Total("in-review"), Total("submitted"))),
                Row("certified", L("In beoordeling → gecertificeerd of verlengd", "In review → certified or renewed"), Ratio(Certified(), Total("in-review"))),
            ],
            null, false, pipeline.Threshold,
            L("Berekend uit de gepubliceerde totalen van de periode; '–' waar een totaal onder de drempel valt.",
                "Computed from the period's published totals; '–' where a total is under the threshold."));
    }

    internal static InsightTable Time(Scoped scope, InsightFilter filter)
    {
        var toSubmission = new List<double>();
        var queue = new List<double>();
        var inReview = new List<double>();
        var toDecision = new List<double>();
        var objectionWindow = new List<double>();
        var objectionHandling = new List<double>();

        foreach (var a in scope.Assessments)
        {
            if (a.Submissions.Count > 0 && filter.InPeriod(a.Submissions[0])) toSubmission.Add(Days(a.StartedAt, a.Submissions[0]));
            for (var round = 0; round < a.ReviewStarts.Count && round < a.Submissions.Count; round++)
            {
                var started = a.ReviewStarts[round];
                if (filter.InPeriod(started)) queue.Add(Days(a.Submissions[round], started));
                DateTimeOffset? ended = round < a.ChangesRequests.Count ? a.ChangesRequests[round] : a.DecidedAt;
                if (ended is { } e && filter.InPeriod(e)) inReview.Add(Days(started, e));
            }
            if (a.Outcome is InsightOutcome.Approved or InsightOutcome.Rejected && a.Submissions.Count > 0 && filter.InPeriod(a.DecidedAt))
                toDecision.Add(Days(a.Submissions[0], a.DecidedAt!.Value));
        }
        foreach (var o in scope.Objections)
        {
            if (filter.InPeriod(o.LodgedAt)) objectionWindow.Add(Days(o.DecidedAt, o.LodgedAt));
            if (o.ClosedAt is { } closed && filter.InPeriod(closed)) objectionHandling.Add(Days(o.LodgedAt, closed));
        }

        InsightRow Row(string key, LocalizedText label, List<double> days) =>
            new(key, label, [days.Count, Percentile(days, 50), Percentile(days, 90)]);
        return new InsightTable("time", L("Doorlooptijden in dagen", "Lead times in days"), L("Van … tot …", "From … to …"),
            [
                new InsightColumn("n", L("Aantal", "Cases")),
                new InsightColumn("median", L("Mediaan", "Median"), FigureKind.Days),
                new InsightColumn("p90", L("90e percentiel", "90th percentile"), FigureKind.Days),
            ],
            [
                Row("start-submission", L("Start tot indiening", "Start to submission"), toSubmission),
                Row("queue", L("Wachten in de wachtrij", "Waiting in the queue"), queue),
                Row("review", L("In beoordeling (per ronde)", "In review (per round)"), inReview),
                Row("submission-decision", L("Indiening tot besluit", "Submission to decision"), toDecision),
                Row("objection-window", L("Besluit tot bezwaar", "Decision to objection"), objectionWindow),
                Row("objection-handling", L("Bezwaar tot uitspraak", "Objection to outcome"), objectionHandling),
            ],
            Note: L("Geteld in het kwartaal waarin de periode eindigde.", "Counted in the quarter in which the span ended."));
    }

    internal static InsightTable Criteria(Scoped scope, InsightFilter filter, CriteriaLibrary criteria)
    {
        var catalogue = filter.Version is { } v ? criteria.Version(v) : criteria.Current;
        var started = scope.Assessments.Where(a => filter.InPeriod(a.StartedAt)).ToList();
        return new InsightTable("criteria", L("Per criterium", "By criterion"), L("Criterium", "Criterion"), CriterionColumns,
            [.. catalogue.AllCriteria.Select(c => new InsightRow(c.Id, new LocalizedText($"{c.Id} {c.Question.Nl}", $"{c.Id} {c.Question.En}"),
                [.. Counts(started, c.Id, c.KnockOut)]))],
            Note: CriteriaNote(catalogue));
    }

    internal static InsightTable Sections(Scoped scope, InsightFilter filter, CriteriaLibrary criteria)
    {
        var catalogue = filter.Version is { } v ? criteria.Version(v) : criteria.Current;
        var started = scope.Assessments.Where(a => filter.InPeriod(a.StartedAt)).ToList();
        return new InsightTable("sections", L("Per onderdeel", "By section"), L("Onderdeel", "Section"), CriterionColumns,
            [.. catalogue.Sections.Select(s =>
            {
                var ids = s.Criteria.Select(c => c.Id).ToHashSet();
                var knockOuts = s.Criteria.Where(c => c.KnockOut).Select(c => c.Id).ToHashSet();
                return new InsightRow(s.Id, s.Title, [
                    started.Count(a => a.UnmetCriteria.Any(ids.Contains)),
                    started.Count(a => a.FlaggedCriteria.Any(ids.Contains)),
                    started.Count(a => !a.IsSubmitted && a.UnmetCriteria.Any(knockOuts.Contains)),
                ]);
            })],
            Note: L("Zelfevaluaties met minstens één zo'n criterium in het onderdeel.", "Assessments with at least one such criterion in the section."));
    }

    private static readonly InsightColumn[] CriterionColumns =
    [
        new("negative", L("Negatief beantwoord", "Answered negatively")),
        new("flagged", L("Wijziging nodig (beoordelaar)", "Needs change (assessor)")),
        new("blocking", L("Knock-out blokkeert indiening", "Knock-out blocks submission")),
    ];

    private static double?[] Counts(List<AssessmentInsight> started, string id, bool knockOut) =>
    [
        started.Count(a => a.UnmetCriteria.Contains(id)),
        started.Count(a => a.FlaggedCriteria.Contains(id)),
        knockOut ? started.Count(a => !a.IsSubmitted && a.UnmetCriteria.Contains(id)) : null,
    ];

    private static LocalizedText CriteriaNote(CriteriaCatalogue catalogue) => L(
        $"Zelfevaluaties gestart in de periode, versie {catalogue.Version} van de standaard: het laatste antwoord telt. Dit wijst waar werkgevers training en ondersteuning nodig hebben.",
        $"Assessments started in the period, version {catalogue.Version} of the standard: the latest answer counts. This shows where employers need training and support.");

    internal static InsightTable Who(Scoped scope, InsightFilter filter, string key, LocalizedText title, LocalizedText header, Func<OrganisationFacts, string> group)
    {
        string? GroupOf(Guid organisationId) => scope.ById.TryGetValue(organisationId, out var o) ? group(o) : null;
        var labels = scope.Organisations.Select(group).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var rows = labels.ToDictionary(l => l, _ => new double[4], StringComparer.OrdinalIgnoreCase);
        void Count(Guid organisationId, DateTimeOffset? moment, int column)
        {
            if (filter.InPeriod(moment) && GroupOf(organisationId) is { } g && rows.TryGetValue(g, out var row)) row[column]++;
        }
        foreach (var o in scope.Organisations) Count(o.Id, o.RegisteredAt, 0);
        foreach (var a in scope.Assessments)
        {
            Count(a.OrganisationId, a.CertifiedAt, 1);
            Count(a.OrganisationId, a.SuspendedAt, 2);
            Count(a.OrganisationId, a.RevokedAt, 3);
        }
        return new InsightTable(key, title, header,
            [
                new("signed-up", L("Aangemeld", "Signed up")),
                new("certified", L("Gecertificeerd of verlengd", "Certified or renewed")),
                new("suspended", L("Geschorst", "Suspended")),
                new("revoked", L("Ingetrokken", "Revoked")),
            ],
            [.. labels.Select(l => new InsightRow(l, GroupLabel(key, l), [.. rows[l].Select(v => (double?)v)]))],
            ColumnTotals: true);
    }

    private static LocalizedText GroupLabel(string key, string value) =>
        key == "sector" && Account.SignUpForm.Sectors.FirstOrDefault(s => s.Value == value) is { Value: not null } known
            ? L(known.Nl, known.En)
            : L(value, value);

    internal static InsightTable Signals(Scoped scope, InsightFilter filter)
    {
        var outcomes = Enum.GetValues<SignalOutcome>();
        var raised = scope.Signals.Where(s => filter.InPeriod(s.RaisedAt)).ToList();
        return new InsightTable("signals", L("Signalen per categorie en wat ermee gebeurde", "Signals by category and what came of them"),
            L("Categorie", "Category"),
            [.. outcomes.Select(o => new InsightColumn(o.ToString(), OutcomeLabel(o)))],
            [.. Enum.GetValues<SignalCategory>().Select(c => new InsightRow(c.ToString(), CategoryLabel(c),
                [.. outcomes.Select(o => (double?)raised.Count(s => s.Category == c && s.Outcome == o))]))],
            RowTotals: true, ColumnTotals: true,
            Note: L("Signalen gemeld in de periode, naar de zwaarste stap tot nu toe.", "Signals raised in the period, by the strongest step so far."));
    }

    internal static InsightTable Objections(Scoped scope, InsightFilter filter)
    {
        var outcomes = Enum.GetValues<ObjectionOutcome>();
        var lodged = scope.Objections.Where(o => filter.InPeriod(o.LodgedAt)).ToList();
        return new InsightTable("objections", L("Bezwaren en hun uitkomst", "Objections and their outcome"), L("Bezwaar tegen", "Objection against"),
            [.. outcomes.Select(o => new InsightColumn(o.ToString(), o switch
            {
                ObjectionOutcome.Open => L("Lopend", "Open"),
                ObjectionOutcome.Upheld => L("Gegrond", "Upheld"),
                _ => L("Ongegrond", "Dismissed"),
            }))],
            [.. Enum.GetValues<ObjectionAgainst>().Select(against => new InsightRow(against.ToString(), against switch
            {
                ObjectionAgainst.Rejection => L("Afwijzing", "Rejection"),
                ObjectionAgainst.Suspension => L("Schorsing", "Suspension"),
                _ => L("Intrekking", "Revocation"),
            }, [.. outcomes.Select(o => (double?)lodged.Count(x => x.Against == against && x.Outcome == o))]))],
            RowTotals: true, ColumnTotals: true);
    }

    private static LocalizedText OutcomeLabel(SignalOutcome outcome) => outcome switch
    {
        SignalOutcome.Open => L("Open", "Open"),
        SignalOutcome.ResponseAsked => L("Reactie gevraagd", "Response asked"),
        SignalOutcome.Dismissed => L("Afgewezen", "Dismissed"),
        SignalOutcome.Suspended => L("Geschorst", "Suspended"),
        _ => L("Ingetrokken", "Revoked"),
    };

    private static LocalizedText CategoryLabel(SignalCategory category) => category switch
    {
        SignalCategory.RecruitmentAndSelection => L("Werving en selectie", "Recruitment and selection"),
        SignalCategory.TreatmentDuringInternship => L("Bejegening tijdens de stage", "Treatment during the internship"),
        SignalCategory.HandlingOfAReport => L("Omgang met een melding", "Handling of a report"),
        _ => L("Anders", "Other"),
    };

    private static DateTimeOffset? FirstOf(IReadOnlyList<DateTimeOffset> moments) => moments.Count > 0 ? moments[0] : null;

    private static double Days(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (to - from).TotalDays);

    /// <summary>Nearest-rank percentile, rounded to a tenth of a day; null without cases.</summary>
    internal static double? Percentile(List<double> values, int percent)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 1);
    }
}
