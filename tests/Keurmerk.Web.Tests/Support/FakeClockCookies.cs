using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Support;

/// <summary>
/// The app runs on the fixture's fake clock, but HttpClient's cookie container expires cookies by the
/// machine's clock: a login cookie valid for 14 days from the fake "now" would be dropped once the real
/// date passes it. This moves each Set-Cookie expiry from the app's time to the machine's, so the client
/// keeps a cookie exactly as long as the app means it to live (a deleted cookie stays in the past).
/// </summary>
public sealed partial class FakeClockCookies(FakeTimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies)) return response;
        var shift = DateTimeOffset.UtcNow - clock.GetUtcNow();
        var moved = cookies.Select(cookie => Expires().Replace(cookie, match =>
            DateTimeOffset.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
                ? "expires=" + (expires + shift).ToString("R", CultureInfo.InvariantCulture)
                : match.Value)).ToList();
        response.Headers.Remove("Set-Cookie");
        foreach (var cookie in moved) response.Headers.TryAddWithoutValidation("Set-Cookie", cookie);
        return response;
    }

    [GeneratedRegex("expires=([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Expires();
}
