using Keurmerk.Web.Tests.Support;
using System.Net;
using static Keurmerk.Web.Tests.Objections.ObjectionTestSupport;

namespace Keurmerk.Web.Tests.Objections;

/// <summary>Six weeks, counted by the app's clock. Its own app (and clock): a FakeTimeProvider only moves forward.</summary>
public class ObjectionDeadlineTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Motivation = "Wij waren op vakantie en lazen het besluit pas later.";

    [Fact]
    public async Task OnTheFortySecondDay_AnObjectionIsInTime_OnTheFortyThirdItIs409_AndNothingIsStored()
    {
        var decidedAt = app.Clock.GetUtcNow();
        var (inTime, inTimeId) = await app.RejectNewEmployer();
        var (late, lateId) = await app.RejectNewEmployer();
        var lateFilesBefore = await app.StoredFilesOf(lateId);

        // Log in again after moving the clock: a login cookie from six weeks ago has expired.
        app.Clock.SetUtcNow(decidedAt.AddDays(42));
        var inTimeSession = await app.LoggedIn(inTime.Email, inTime.Password);
        await Expect(HttpStatusCode.Redirect, inTimeSession.LodgeObjection(inTimeId, Motivation, ("brief.pdf", TestFiles.Pdf())));

        var lateSession = await app.LoggedIn(late.Email, late.Password);
        var form = await lateSession.Get($"/objections/new/{lateId}"); // opened on the last day, sent a day later
        Assert.NotNull((await lateSession.Get($"/assessments/{lateId}")).QuerySelector("#lodge-objection"));
        app.Clock.Advance(TimeSpan.FromDays(1));

        var refused = await lateSession.Submit(form, "#lodge", new Dictionary<string, string> { ["motivation"] = Motivation },
            [("files", "brief.pdf", TestFiles.Pdf())]);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Te laat", Employers.Errors(await WebSession.Parse(refused)));
        Assert.Empty(await app.ObjectionsOf(lateId));
        Assert.Equal(lateFilesBefore, await app.StoredFilesOf(lateId));
        Assert.Empty(await app.MailAbout(lateId, "objection-lodged"));
        Assert.Empty(await app.MailAbout(lateId, "new-objection"));
        Assert.Null((await lateSession.Get($"/assessments/{lateId}")).QuerySelector("#lodge-objection"));
        Assert.Contains("Te laat", Text(await lateSession.Get($"/objections/new/{lateId}"), "#cannot-lodge"));
    }
}
