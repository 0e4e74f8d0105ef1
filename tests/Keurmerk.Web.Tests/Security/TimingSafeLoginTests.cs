using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>
/// Timing: a login costs one password hash whether the address is known, unknown, locked or not yet
/// confirmed, so how long the answer takes tells nothing. Counted on the real hasher, not timed.
/// </summary>
public class TimingSafeLoginTests(TimingSafeLoginTests.CountingApp app) : IClassFixture<TimingSafeLoginTests.CountingApp>
{
    /// <summary>Identity's own hasher, counting how often it checks a password.</summary>
    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _real = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingApp : AppFixture
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IPasswordHasher<AppUser>>();
                services.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
            });
        }
    }

    [Fact]
    public async Task AnUnknownAddress_CostsOnePasswordHash_AsAKnownOneDoes()
    {
        var known = await Verifications(() => app.NewSession().PostLogin("werkgever@korrel.demo", "niet-het-wachtwoord-1"));
        var unknown = await Verifications(() => app.NewSession().PostLogin($"niemand-{Employers.UniqueSuffix()}@nergens.example", DemoData.Password));

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task ALockedAccount_AndAnUnconfirmedOne_CostOnePasswordHashToo()
    {
        var employer = await app.SignUpNewEmployer();
        for (var i = 0; i < 10; i++) await app.NewSession().PostLogin(employer.Email, $"fout-wachtwoord-{i}");
        var unconfirmed = Employers.NewSignUpValues();
        Assert.Equal(HttpStatusCode.OK, (await Employers.PostSignUp(app.NewSession(), unconfirmed)).StatusCode);

        Assert.Equal(1, await Verifications(() => app.NewSession().PostLogin(employer.Email, employer.Password)));
        Assert.Equal(1, await Verifications(() => app.NewSession().PostLogin(unconfirmed["Email"], "fout-wachtwoord-1")));
    }

    private async Task<int> Verifications(Func<Task<HttpResponseMessage>> login)
    {
        var before = app.Hasher.Verifications;
        Assert.Equal(HttpStatusCode.Unauthorized, (await login()).StatusCode);
        return app.Hasher.Verifications - before;
    }
}
