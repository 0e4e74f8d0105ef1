using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Keurmerk.Web.Infrastructure.Mail;

public sealed class MailOptions
{
    /// <summary>"Pickup" writes .eml files (the development default, no server needed); "Smtp" sends.</summary>
    public string Mode { get; set; } = "Pickup";
    public string PickupFolder { get; set; } = "../../.data/mail";
    public string From { get; set; } = "keurmerk@elbho.nl";
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpUseTls { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
}

public interface IMailSender
{
    Task Send(MimeMessage message, CancellationToken ct);
}

public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task Send(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (options.SmtpUser is not null) await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>Writes each message as {message id}.eml: writing the same message again replaces the file, never doubles it.</summary>
public sealed class PickupFolderMailSender(string folder) : IMailSender
{
    public string Folder { get; } = folder;

    public async Task Send(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        await message.WriteToAsync(path, ct);
    }
}
