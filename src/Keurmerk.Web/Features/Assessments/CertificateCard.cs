using Keurmerk.Audits.Assessments;
using Keurmerk.Domain.Assessments;

namespace Keurmerk.Web.Features.Assessments;

/// <summary>
/// What the employer's certificate card shows. A partial (_CertificateCard) renders it; other
/// downloads for the same certificate are added to <see cref="Downloads"/> rather than to the view.
/// </summary>
public sealed record CertificateCard(string Number, DateOnly ValidFrom, DateOnly ValidUntil, AssessmentStatus Status, string BaseUrl)
{
    public IReadOnlyList<CertificateDownload> Downloads { get; init; } = [];

    public string PdfUrl => $"/certificates/{Number}/pdf";

    public string VerifyPath => $"/verify/{Number}";

    public string VerifyUrl => BaseUrl.TrimEnd('/') + VerifyPath;

    public bool InForce => Status == AssessmentStatus.Certified;

    /// <summary>A link for the employer's own website: it points to the public verification page, so it never claims more than the register does.</summary>
    public string EmbedSnippet(string text) =>
        $"<a href=\"{VerifyUrl}\" rel=\"noopener\">{System.Net.WebUtility.HtmlEncode(text)}</a>";

    public static CertificateCard? Of(AssessmentDetails assessment, string baseUrl) =>
        assessment is { CertificateNumber: { } number, ValidFrom: { } from, ValidUntil: { } until }
            ? new CertificateCard(number, from, until, assessment.Status, baseUrl)
            : null;
}

/// <summary>One more file for the certificate, e.g. a verifiable credential: a label in both languages and a URL.</summary>
public sealed record CertificateDownload(string LabelNl, string LabelEn, string Url);
