using Keurmerk.Audits.Register;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Certificates;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Certificates;

/// <summary>The certificate as a PDF, public: a school can download it from the register or the verify page.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CertificatesController(IQuerySession session, CriteriaLibrary criteria, IConfiguration configuration) : Controller
{
    public const string IssuingBody = "Stichting ELBHO";

    [HttpGet("/certificates/{number}/pdf")]
    public async Task<IActionResult> Pdf(string number, CancellationToken ct)
    {
        var entry = await session.Query<RegisterEntry>().FirstOrDefaultAsync(r => r.CertificateNumber == number, ct);
        if (entry is null) return NotFound();

        // The QR code points at the public verification page, on the configured public address if there is one.
        var baseUrl = configuration["Keurmerk:PublicBaseUrl"] ?? $"{Request.Scheme}://{Request.Host}";
        var content = new CertificateContent(entry.CertificateNumber, entry.OrganisationName, entry.KvkNumber, entry.CriteriaVersion,
            criteria.Version(entry.CriteriaVersion).Title.Nl, entry.ValidFrom, entry.ValidUntil, IssuingBody,
            new Uri($"{baseUrl.TrimEnd('/')}/verify/{Uri.EscapeDataString(entry.CertificateNumber)}"));
        return File(CertificatePdf.Render(content), "application/pdf", $"{entry.CertificateNumber}.pdf");
    }
}
