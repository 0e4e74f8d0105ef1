using System.Net;
using System.Net.Sockets;

namespace Keurmerk.Web.Infrastructure.Webhooks;

/// <summary>What the environment allows. Development allows everything, so a developer can post to a receiver on their own machine.</summary>
public sealed record WebhookOptions(bool AllowInsecure, bool AllowPrivateAddresses)
{
    public static WebhookOptions From(IConfiguration configuration, IHostEnvironment environment) => new(
        environment.IsDevelopment() || configuration.GetValue("Webhooks:AllowInsecure", false),
        environment.IsDevelopment() || configuration.GetValue("Webhooks:AllowPrivateAddresses", false));
}

/// <summary>Why a webhook address is refused, for the school (both languages) and for the delivery log (English).</summary>
public sealed record Refusal(string Nl, string En);

public sealed class WebhookAddressRefusedException(Refusal refusal) : Exception(refusal.En)
{
    public Refusal Refusal { get; } = refusal;
}

/// <summary>
/// Keeps a webhook from reaching where a school has no business: this server itself, the network it runs
/// in, the cloud's metadata address. A host name is judged by the addresses it resolves to, when it is
/// registered and again on every connection, because DNS can change after the first check (or be made to).
/// </summary>
public sealed class WebhookAddressPolicy(WebhookOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    public const int MaximumUrlLength = 2000;

    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    /// <summary>The URL as it will be stored, or why it is refused.</summary>
    public async Task<(Uri? Url, Refusal? Refusal)> Check(string? text, CancellationToken ct)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return Refused("Vul het adres van de webhook in.", "Enter the webhook's address.");
        if (trimmed.Length > MaximumUrlLength)
            return Refused($"Het adres is langer dan {MaximumUrlLength} tekens.", $"The address is longer than {MaximumUrlLength} characters.");
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            return Refused("Dit is geen geldig webadres. Een webhook-adres begint met https://.", "This is not a valid web address. A webhook address starts with https://.");
        if (url.Scheme == Uri.UriSchemeHttp && !options.AllowInsecure)
            return Refused("Alleen https-adressen zijn toegestaan: gebruik https://.", "Only https addresses are allowed: use https://.");
        // Would be stored and shown on the page; the signature is how a receiver knows the sender.
        if (url.UserInfo.Length > 0)
            return Refused("Zet geen gebruikersnaam of wachtwoord in het adres; controleer de handtekening in plaats daarvan.",
                "Do not put a user name or password in the address; check the signature instead.");
        try
        {
            await Addresses(url.IdnHost, ct);
        }
        catch (WebhookAddressRefusedException e)
        {
            return (null, e.Refusal);
        }
        return (url, null);
    }

    /// <summary>The addresses a host may be reached on. Throws when it has none, or when any of them is refused.</summary>
    public async Task<IPAddress[]> Addresses(string host, CancellationToken ct)
    {
        host = host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try { addresses = await _resolve(host, ct); }
            catch (SocketException) { addresses = []; }
            if (addresses.Length == 0)
                throw Refuse($"De hostnaam {host} is niet gevonden.", $"The host name {host} cannot be found.");
        }
        // Any refused address refuses the host: otherwise a name with one public and one internal address would pass.
        if (!options.AllowPrivateAddresses && addresses.FirstOrDefault(IsRefused) is { } refused)
            throw Refuse(
                $"{host} verwijst naar een intern adres ({refused}). Een webhook moet een openbaar bereikbaar adres hebben.",
                $"{host} points to an internal address ({refused}). A webhook needs a publicly reachable address.");
        return addresses;
    }

    /// <summary>
    /// SocketsHttpHandler.ConnectCallback: resolves and checks the host, then connects to exactly the
    /// addresses checked, so no second lookup between check and connection can swap them.
    /// </summary>
    public async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Addresses(context.DnsEndPoint.Host, ct);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True for every address that is not on the public internet.</summary>
    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return b[0] == 0                              // 0.0.0.0/8 "this network", the unspecified address among them
                || b[0] == 10                             // private
                || b[0] == 127                            // loopback
                || (b[0] == 100 && (b[1] & 0xC0) == 64)   // 100.64.0.0/10: carrier-grade NAT, inside a provider's network
                || (b[0] == 169 && b[1] == 254)           // link-local, the cloud metadata service 169.254.169.254 among them
                || (b[0] == 172 && (b[1] & 0xF0) == 16)   // private 172.16.0.0/12
                || (b[0] == 192 && b[1] == 168)           // private
                || b[0] >= 224;                           // multicast, reserved, broadcast
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return true;
        // Forms that carry an IPv4 address inside: judge that one, so a loopback or private address cannot hide in IPv6.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.Skip(4).Take(8).All(x => x == 0))
            return IsRefused(new IPAddress(b[12..]));     // NAT64 64:ff9b::/96
        if (b.Take(12).All(x => x == 0) && !b.Skip(12).Take(3).All(x => x == 0))
            return IsRefused(new IPAddress(b[12..]));     // IPv4-compatible ::a.b.c.d (deprecated)
        if (b.Take(8).All(x => x == 0) && b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0)
            return IsRefused(new IPAddress(b[12..]));     // IPv4-translated ::ffff:0:a.b.c.d
        if (b[0] == 0x20 && b[1] == 0x02)
            return IsRefused(new IPAddress(b[2..6]));     // 6to4 2002::/16
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01)
            return true;                                  // 64:ff9b:1::/48, local-use NAT64 (RFC 8215): a private translator
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            return true;                                  // Teredo 2001::/32: tunnels to an address we cannot check
        return b.Take(15).All(x => x == 0)                // ::/120: the unspecified :: and loopback ::1
            || address.IsIPv6LinkLocal                    // fe80::/10
            || address.IsIPv6SiteLocal                    // fec0::/10, deprecated but still private
            || address.IsIPv6UniqueLocal                  // fc00::/7
            || address.IsIPv6Multicast;
    }

    private static (Uri?, Refusal?) Refused(string nl, string en) => (null, new Refusal(nl, en));

    private static WebhookAddressRefusedException Refuse(string nl, string en) => new(new Refusal(nl, en));
}
