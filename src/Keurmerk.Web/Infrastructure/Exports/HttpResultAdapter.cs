using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Infrastructure.Exports;

/// <summary>Lets a controller action return a minimal-API result (a streamed CSV) as an MVC action result.</summary>
public sealed class HttpResultAdapter(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
