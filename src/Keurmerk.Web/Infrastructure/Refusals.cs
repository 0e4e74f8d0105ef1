using Keurmerk.Domain;

namespace Keurmerk.Web.Infrastructure;

public static class Refusals
{
    /// <summary>The HTTP status for a refused command: bad input 400, four eyes 403, wrong state 409.</summary>
    public static int StatusCode(this RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };
}
