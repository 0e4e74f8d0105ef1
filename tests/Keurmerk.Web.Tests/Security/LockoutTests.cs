using Keurmerk.Audits.Users;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>Guessing passwords: after ten wrong ones the account is locked for a quarter of an hour, even for the right one.</summary>
public class LockoutTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TenWrongPasswords_LockTheAccount_EvenAgainstTheRightOne_UntilAQuarterHasPassed()
    {
        var employer = await app.SignUpNewEmployer();
        for (var i = 0; i < 9; i++)
            Assert.Contains("verkeerd wachtwoord", Employers.Errors(await WebSession.Parse(await app.NewSession().PostLogin(employer.Email, $"fout-wachtwoord-{i}"))));
        var tenth = await app.NewSession().PostLogin(employer.Email, "fout-wachtwoord-9");
        Assert.Equal(HttpStatusCode.Unauthorized, tenth.StatusCode);

        var right = await app.NewSession().PostLogin(employer.Email, employer.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Te veel mislukte pogingen", Employers.Errors(await WebSession.Parse(right)));
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("keurmerk=", StringComparison.Ordinal)));

        // Identity's lockout runs on the system clock (not the app's TimeProvider), so the quarter is read, not waited for.
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var user = await session.Query<AppUser>().SingleAsync(u => u.Email == employer.Email);
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task ASuccessfulLogin_ResetsTheCount()
    {
        var employer = await app.SignUpNewEmployer();
        for (var i = 0; i < 9; i++) await app.NewSession().PostLogin(employer.Email, $"fout-wachtwoord-{i}");
        await app.NewSession().LogIn(employer.Email, employer.Password);

        for (var i = 0; i < 9; i++) await app.NewSession().PostLogin(employer.Email, $"fout-wachtwoord-{i}");

        await app.NewSession().LogIn(employer.Email, employer.Password);
    }
}
