using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>The accessibility statement (toegankelijkheidsverklaring), linked from every page's footer.</summary>
    [HttpGet("/toegankelijkheid")]
    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    /// <summary>Switches the UI language and returns to the page the person was on.</summary>
    [HttpGet("/language/{language}")]
    public IActionResult Language(string language, string? returnUrl)
    {
        if (!Lang.Supported.Contains(language)) return NotFound();
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    // Any method: the status-code pages re-execute the failed request (a POST too) on this route.
    [Route("/error/{code:int?}")]
    public IActionResult Error(int? code)
    {
        // Only error statuses: /error/2147483647 typed by hand is no status a response can carry.
        if (code is not null and not (>= 400 and <= 599)) return NotFound();
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK) Response.StatusCode = status;
        return View(status);
    }
}
