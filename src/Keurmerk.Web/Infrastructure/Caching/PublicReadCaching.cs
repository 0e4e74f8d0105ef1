using System.Security.Cryptography;

namespace Keurmerk.Web.Infrastructure.Caching;

/// <summary>
/// HTTP caching for the public register's reads (the API and /verify): a strong ETag over the body and
/// "Cache-Control: public, no-cache", so browsers and proxies keep a copy but ask every time. A school
/// that asks again gets 304 without the body; a suspension shows on the very next request, because
/// nothing is served without asking. The body itself may come from the output cache (RegisterOutputCachePolicy),
/// whose copies are keyed by the register's version, so they need no invalidation either.
/// </summary>
public static class PublicReadCaching
{
    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.StartsWithSegments("/api/register") || request.Path.StartsWithSegments("/api/certificates") || request.Path.StartsWithSegments("/verify"));

    public static IApplicationBuilder UsePublicReadCaching(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!Applies(context.Request))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16])}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "public, no-cache";
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });
}
