using Keurmerk.Audits.Assessments;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Certificates;
using Keurmerk.Web.Infrastructure.Exports;
using Keurmerk.Web.Infrastructure.Localization;
using SkiaSharp;
using System.Globalization;

namespace Keurmerk.Web.Features.Assessments;

/// <summary>One criterion of an assessment as the employer reads it: the answer, the evidence, the assessor's judgement and the comments.</summary>
public sealed record ExportedCriterion(
    Section Section,
    Criterion Criterion,
    string Answer,
    IReadOnlyList<EvidenceView> Evidence,
    string Judgement,
    IReadOnlyList<CommentView> Comments);

/// <summary>
/// The employer's own assessment to take away, as PDF and as Excel: the answers per criterion, the evidence files
/// (their names, not their content), the assessor's judgements and comments, and the decision. It shows what the
/// assessment's pages show the employer, nothing more (the recommendation between assessors stays out).
/// </summary>
public static class AssessmentExport
{
    public static IReadOnlyList<ExportedCriterion> Criteria(AssessmentDetails a, CriteriaCatalogue catalogue) =>
    [
        .. catalogue.Sections.SelectMany(section => section.Criteria.Where(c => c.AppliesToSize(a.SizeClass)).Select(c => new ExportedCriterion(
            section, c, AnswerText(c, a.Answers.GetValueOrDefault(c.Id)?.Value),
            [.. a.Evidence.Where(e => e.CriterionId == c.Id)],
            a.Judgements.GetValueOrDefault(c.Id)?.Judgement switch
            {
                Judgement.Accepted => Lang.T("geaccepteerd", "accepted"),
                Judgement.NeedsChange => Lang.T("aanpassing nodig", "needs change"),
                _ => "",
            },
            [.. a.CommentsOn(c.Id)]))),
    ];

    /// <summary>An answer as the section page shows it: Ja/Nee, the option's label, or the text typed.</summary>
    public static string AnswerText(Criterion criterion, string? value) => value is null
        ? Lang.T("(niet beantwoord)", "(not answered)")
        : criterion.Answer switch
        {
            AnswerType.YesNo => value == "yes" ? Lang.T("Ja", "Yes") : Lang.T("Nee", "No"),
            AnswerType.Choice => criterion.Options.FirstOrDefault(o => o.Value == value) is { } option ? Lang.T(option.Label) : value,
            _ => value,
        };

    /// <summary>The facts at the top of both files: whose assessment, where it stands, and the decision.</summary>
    public static IReadOnlyList<(string Label, object? Value)> Overview(AssessmentDetails a, CriteriaCatalogue catalogue)
    {
        var facts = new List<(string, object?)>
        {
            (Lang.T("Organisatie", "Organisation"), a.OrganisationName),
            (Lang.T("KvK-nummer", "KvK number"), a.KvkNumber),
            (Lang.T("Standaard", "Standard"), $"{Lang.T(catalogue.Title)} {Lang.T("versie", "version")} {a.CriteriaVersion}"),
            (Lang.T("Status", "Status"), StatusNames.In(a.Status, Lang.Current)),
            (Lang.T("Ronde", "Round"), a.Round),
            // The score of the answers as they stand, as the assessment page shows it (the stored one is set only at submission).
            (Lang.T("Score", "Score"), $"{Readiness.Evaluate(catalogue, a.SizeClass, a.AnswerValues, a.CriteriaWithEvidence).ScorePercent}%"),
            (Lang.T("Gestart (UTC)", "Started (UTC)"), a.StartedAt),
            (Lang.T("Ingediend (UTC)", "Submitted (UTC)"), a.SubmittedAt),
        };
        if (!string.IsNullOrWhiteSpace(a.ChangesMessage)) facts.Add((Lang.T("Gevraagde aanpassing", "Changes asked for"), a.ChangesMessage));
        if (a.Decision is { } d)
        {
            facts.Add((Lang.T("Besluit", "Decision"), d.Approved ? Lang.T("goedgekeurd", "approved") : Lang.T("afgewezen", "rejected")));
            facts.Add((Lang.T("Besluit genomen (UTC)", "Decided (UTC)"), d.DecidedAt));
            facts.Add((d.Approved ? Lang.T("Motivering", "Motivation") : Lang.T("Redenen", "Reasons"), d.Motivation));
        }
        if (a.CertificateNumber is { } number)
        {
            facts.Add((Lang.T("Certificaatnummer", "Certificate number"), number));
            facts.Add((Lang.T("Geldig van", "Valid from"), a.ValidFrom));
            facts.Add((Lang.T("Geldig tot en met", "Valid until"), a.ValidUntil));
        }
        if (a.SuspensionReason is { } suspension) facts.Add((Lang.T("Reden schorsing", "Reason for suspension"), suspension));
        if (a.RevocationExplanation is { } revocation) facts.Add((Lang.T("Toelichting intrekking", "Explanation of the revocation"), revocation));
        return facts;
    }

    public static string FileName(AssessmentDetails a, string extension) =>
        $"keurmerk-zelfevaluatie-{a.KvkNumber}-{a.StartedAt.UtcDateTime:yyyy-MM-dd}.{extension}";

    public static byte[] Xlsx(AssessmentDetails a, CriteriaCatalogue catalogue)
    {
        var criteria = Criteria(a, catalogue);
        return Exports.Workbook(
        [
            new Sheet(Lang.T("Overzicht", "Overview"), [Lang.T("Gegeven", "Item"), Lang.T("Waarde", "Value")],
                [.. Overview(a, catalogue).Select(f => (IReadOnlyList<object?>)[f.Label, f.Value])]),
            new Sheet(Lang.T("Antwoorden", "Answers"),
                [Lang.T("Onderdeel", "Part"), Lang.T("Criterium", "Criterion"), Lang.T("Vraag", "Question"), Lang.T("Knock-out", "Knock-out"),
                 Lang.T("Antwoord", "Answer"), Lang.T("Bewijsstukken", "Evidence"), Lang.T("Oordeel beoordelaar", "Assessor's judgement"),
                 Lang.T("Reacties", "Comments")],
                [.. criteria.Select(c => (IReadOnlyList<object?>)
                [
                    Lang.T(c.Section.Title), c.Criterion.Id, Lang.T(c.Criterion.Question), c.Criterion.KnockOut ? Lang.T("ja", "yes") : "",
                    c.Answer, string.Join("; ", c.Evidence.Select(e => e.FileName)), c.Judgement, string.Join("\n", c.Comments.Select(CommentLine)),
                ])]),
            new Sheet(Lang.T("Bewijsstukken", "Evidence"),
                [Lang.T("Criterium", "Criterion"), Lang.T("Bestand", "File"), Lang.T("Soort", "Type"), Lang.T("Grootte (bytes)", "Size (bytes)"), Lang.T("Toegevoegd (UTC)", "Attached (UTC)")],
                [.. a.Evidence.Select(e => (IReadOnlyList<object?>)[e.CriterionId, e.FileName, e.ContentType, e.SizeInBytes, e.AttachedAt])]),
            new Sheet(Lang.T("Reacties", "Comments"),
                [Lang.T("Criterium", "Criterion"), Lang.T("Ronde", "Round"), Lang.T("Van", "From"), Lang.T("Rol", "Role"), Lang.T("Geplaatst (UTC)", "Added (UTC)"), Lang.T("Tekst", "Text")],
                [.. a.Comments.Select(c => (IReadOnlyList<object?>)[c.CriterionId, c.Round, c.AuthorName, Role(c), c.AddedAt, c.Text])]),
        ]);
    }

    /// <summary>One paragraph of the PDF, laid out before drawing so the embedded fonts hold exactly its characters.</summary>
    private sealed record Paragraph(string Text, bool Bold, float Size, bool Muted = false, float Indent = 0, float SpaceBefore = 0, float KeepWithNext = 0);

    public static byte[] Pdf(AssessmentDetails a, CriteriaCatalogue catalogue, DateTimeOffset now)
    {
        var title = Lang.T($"Zelfevaluatie {a.OrganisationName}", $"Self-assessment {a.OrganisationName}");
        var footer = $"{title} · {Lang.T("gemaakt", "made")} {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        var paragraphs = Layout(a, catalogue, title);
        using var fonts = PdfFonts.For([.. paragraphs.Select(p => p.Text), footer, " ·0123456789"]);
        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Author = "Keurmerk";
        metadata.Creation = now.UtcDateTime;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var page = new PdfPageWriter(document, footer, fonts.Regular);
            foreach (var p in paragraphs)
            {
                page.Space(p.SpaceBefore);
                page.Need(p.KeepWithNext);
                page.Line(p.Text, p.Bold ? fonts.Bold : fonts.Regular, p.Size, p.Muted ? PdfPageWriter.Muted : PdfPageWriter.Ink, p.Indent);
            }
            page.Close();
        }
        return stream.ToArray();
    }

    private static List<Paragraph> Layout(AssessmentDetails a, CriteriaCatalogue catalogue, string title)
    {
        var paragraphs = new List<Paragraph> { new(title, Bold: true, Size: 16) };
        paragraphs.AddRange(Overview(a, catalogue).Select((f, i) => new Paragraph($"{f.Label}: {Plain(f.Value)}", false, 9, SpaceBefore: i == 0 ? 6 : 0)));
        foreach (var section in Criteria(a, catalogue).GroupBy(c => c.Section))
        {
            paragraphs.Add(new(Lang.T(section.Key.Title), Bold: true, Size: 13, SpaceBefore: 10, KeepWithNext: 60));
            foreach (var c in section)
            {
                var knockOut = c.Criterion.KnockOut ? " (knock-out)" : "";
                paragraphs.Add(new($"{c.Criterion.Id} {Lang.T(c.Criterion.Question)}{knockOut}", Bold: true, Size: 9.5f, SpaceBefore: 5, KeepWithNext: 40));
                paragraphs.Add(new($"{Lang.T("Antwoord", "Answer")}: {c.Answer}", false, 9, Indent: 10));
                if (c.Evidence.Count > 0)
                    paragraphs.Add(new($"{Lang.T("Bewijsstukken", "Evidence")}: {string.Join(", ", c.Evidence.Select(e => $"{e.FileName} ({Lang.FileSize(e.SizeInBytes)})"))}",
                        false, 9, Indent: 10));
                if (c.Judgement.Length > 0) paragraphs.Add(new($"{Lang.T("Oordeel beoordelaar", "Assessor's judgement")}: {c.Judgement}", false, 9, Indent: 10));
                paragraphs.AddRange(c.Comments.Select(comment => new Paragraph(CommentLine(comment), false, 8.5f, Muted: true, Indent: 20)));
            }
        }
        return paragraphs;
    }

    /// <summary>A value as the PDF prints it (no spreadsheet, so no formula guard).</summary>
    private static string Plain(object? value) => value switch
    {
        null => "–",
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Role(CommentView c) => c.ByAssessor ? Lang.T("beoordelaar", "assessor") : Lang.T("werkgever", "employer");

    private static string CommentLine(CommentView c) =>
        $"{c.AuthorName} ({Role(c)}, {c.AddedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC): {c.Text}";
}
