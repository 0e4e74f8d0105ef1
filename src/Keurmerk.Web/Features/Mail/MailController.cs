using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MimeKit;

namespace Keurmerk.Web.Features.Mail;

/// <summary>In development mail is written as .eml files instead of sent; admins read them here.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/mail")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class MailController(IMailSender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (sender is not PickupFolderMailSender pickup || !Directory.Exists(pickup.Folder))
            return View(new MailPage(sender is PickupFolderMailSender, []));
        var files = new DirectoryInfo(pickup.Folder).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).Take(200);
        var messages = new List<MailSummary>();
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file.FullName, ct);
            messages.Add(new MailSummary(Path.GetFileNameWithoutExtension(file.Name), message.Date, message.To.ToString(), message.Subject ?? "", message.TextBody ?? ""));
        }
        return View(new MailPage(true, messages));
    }
}

public sealed record MailSummary(string Id, DateTimeOffset Date, string To, string Subject, string Body);

public sealed record MailPage(bool PickupMode, IReadOnlyList<MailSummary> Messages);
