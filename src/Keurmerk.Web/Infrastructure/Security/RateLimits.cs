using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.RateLimiting;
using System.Globalization;
using System.Threading.RateLimiting;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>So many requests per window. Configurable under RateLimits:{name}:Permits and :Window.</summary>
public sealed class Limit
{
    public int Permits { get; set; }
    public TimeSpan Window { get; set; }

    public FixedWindowRateLimiterOptions Options() => new() { PermitLimit = Permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };
}

/// <summary>
/// How much the public and the login may ask. The state is kept in memory per app instance: with
/// several instances behind a load balancer each counts on its own, so the effective limit is that many
/// times higher. Good enough against one noisy client; a shared store would be needed for more.
/// </summary>
public sealed class RateLimitOptions
{
    public Limit LoginPerClient { get; set; } = new() { Permits = 30, Window = TimeSpan.FromMinutes(10) };
    public Limit LoginPerAccount { get; set; } = new() { Permits = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Sign-up, forgotten password: each sends a mail, so a client cannot make the app mail-bomb someone.</summary>
    public Limit AccountMailPerClient { get; set; } = new() { Permits = 10, Window = TimeSpan.FromHours(1) };

    public Limit SignalPerClient { get; set; } = new() { Permits = 5, Window = TimeSpan.FromMinutes(10) };
    public Limit SignalPerOrganisation { get; set; } = new() { Permits = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>Generous: a school's script that checks its host companies one by one never comes near it.</summary>
    public Limit RegisterPerClient { get; set; } = new() { Permits = 600, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>
/// The limiters that need something from inside the request (the account logged in to, the organisation
/// reported on), asked by the controller once it knows that; and the answer when a limit is reached.
/// </summary>
public sealed class RequestLimits(RateLimitOptions options) : IDisposable
{
    public PartitionedRateLimiter<string> LoginPerAccount { get; } = ByKey(options.LoginPerAccount);
    public PartitionedRateLimiter<string> SignalPerOrganisation { get; } = ByKey(options.SignalPerOrganisation);

    private static PartitionedRateLimiter<string> ByKey(Limit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => limit.Options()));

    public void Dispose()
    {
        LoginPerAccount.Dispose();
        SignalPerOrganisation.Dispose();
    }

    /// <summary>A controller's own 429 (a limit it asked itself): status and Retry-After set, the seconds returned for the message.</summary>
    public static int Refuse(HttpResponse response, RateLimitLease lease)
    {
        var seconds = Seconds(lease);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    private static int Seconds(RateLimitLease lease) =>
        Math.Max(1, (int)Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)).TotalSeconds));

    /// <summary>The 429 answer: Retry-After in seconds, and for the API a problem document that says so.</summary>
    public static async ValueTask Reject(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        var response = context.Response;
        var seconds = Refuse(response, lease);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Keurmerk.RateLimits")
            .LogWarning("Rate limit: {Method} {Path} from {Client} refused for {Seconds} s", context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress, seconds);
        // Machine readers (the API, the transparency log and the open-data files) get a problem document; people get a page.
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/transparency") || path.Value?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true || path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true)
        {
            await response.WriteAsJsonAsync(new
            {
                type = "https://datatracker.ietf.org/doc/html/rfc6585#section-4",
                title = "Too many requests",
                status = StatusCodes.Status429TooManyRequests,
                detail = $"Too many requests from this client. Try again in {seconds} seconds.",
            }, options: null, contentType: "application/problem+json", cancellationToken: ct);
        }
        // Pages: no body here, so the status-code page (/error/429) explains it in the reader's language.
    }

    /// <summary>Where the built-in rate limiter is asked for a request, by path: only what the public can hammer.</summary>
    public static RateLimitPartition<string> PartitionFor(HttpContext context, RateLimitOptions options)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var path = context.Request.Path;
        var post = HttpMethods.IsPost(context.Request.Method);
        if (post && path.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
            return Fixed("login:" + client, options.LoginPerClient);
        if (post && (path.Equals("/account/signup", StringComparison.OrdinalIgnoreCase)
                     || path.Equals("/account/forgot-password", StringComparison.OrdinalIgnoreCase)))
            return Fixed("account-mail:" + client, options.AccountMailPerClient);
        if (post && path.Equals("/signals/new", StringComparison.OrdinalIgnoreCase))
            return Fixed("signal:" + client, options.SignalPerClient);
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/register") || path.StartsWithSegments("/verify")
            || path.StartsWithSegments("/transparency"))
            return Fixed("register:" + client, options.RegisterPerClient);
        return RateLimitPartition.GetNoLimiter("none");
    }

    private static RateLimitPartition<string> Fixed(string key, Limit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => limit.Options());

    public static string Message(int seconds) => Lang.T(
        $"Te veel verzoeken achter elkaar. Probeer het over {seconds} seconden opnieuw.",
        $"Too many requests in a row. Try again in {seconds} seconds.");
}
