using Keurmerk.Web.Infrastructure.Localization;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>
/// Refuses a NUL character anywhere in the path, the query or a form field with a 400 that says so:
/// PostgreSQL cannot store or compare text containing it, so it would otherwise end as a 500 deep in a query.
/// </summary>
public static class RequestGuards
{
    public static IApplicationBuilder UseNulRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var hasNul = request.Path.Value?.Contains('\0') == true
            || request.Query.Any(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true));
        if (!hasNul && request.HasFormContentType && !HttpMethods.IsGet(request.Method))
        {
            try
            {
                var form = await request.ReadFormAsync(context.RequestAborted);
                hasNul = form.Any(f => f.Key.Contains('\0') || f.Value.Any(v => v?.Contains('\0') == true));
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                // Too large or malformed: MVC's model binding reports that itself.
            }
        }
        if (hasNul)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Lang.T(
                "Het verzoek bevat een ongeldig teken (NUL). Verwijder het en probeer het opnieuw.",
                "The request contains an invalid character (NUL). Remove it and try again."), context.RequestAborted);
            return;
        }
        await next(context);
    });
}
