using AngleSharp.Dom;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Signals;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Tests.Register;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Signals;

/// <summary>Raising and triaging signals through the app's own pages, and reading what was stored.</summary>
public static class SignalTestSupport
{
    public const string Description = "De stagiair kreeg in drie maanden geen begeleider en geen werkplek toegewezen.";

    public static Dictionary<string, string> Report(string kvk, string category = "TreatmentDuringInternship", string description = Description, string contact = "") =>
        new() { ["Kvk"] = kvk, ["Category"] = category, ["Description"] = description, ["Contact"] = contact };

    public static async Task<HttpResponseMessage> PostSignal(this WebSession session, Dictionary<string, string> values)
    {
        var form = await session.Get("/signals/new");
        return await session.Submit(form, "#signal-form", values);
    }

    /// <summary>Raises a signal through the public form and returns the reference the acknowledgement shows.</summary>
    public static async Task<string> RaiseSignal(this WebSession session, string kvk, string description = Description)
    {
        var response = await session.PostSignal(Report(kvk, description: description));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Raising a signal failed with {response.StatusCode}: {Employers.Errors(await WebSession.Parse(response))}");
        Assert.Equal("/signals/received", Employers.RedirectPath(response));
        var received = await session.Get("/signals/received");
        return received.QuerySelector("#reference")!.TextContent.Trim();
    }

    public static async Task<SignalDetails> SignalByReference(this AppFixture app, string reference)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<SignalDetails>().SingleAsync(s => s.Reference == reference);
    }

    public static async Task<int> SignalCount(this AppFixture app, string kvk)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<SignalDetails>().CountAsync(s => s.KvkNumber == kvk);
    }

    public static async Task<List<Notification>> Mail(this AppFixture app, string email)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. await session.Query<Notification>().Where(n => n.To == email).ToListAsync()];
    }

    /// <summary>The version of a stream as stored: equal before and after means nothing was appended.</summary>
    public static async Task<long> StreamVersion(this AppFixture app, Guid streamId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(streamId))?.Version ?? 0;
    }

    /// <summary>Fetches the signal page and posts one of its triage forms.</summary>
    public static async Task<HttpResponseMessage> Triage(this WebSession assessor, Guid signalId, string form, Dictionary<string, string> values)
    {
        var page = await assessor.Get($"/signals/{signalId}");
        return await assessor.Submit(page, $"#{form}", values);
    }

    /// <summary>Posts a step the page does not offer, as a crafted request would: with a valid token and the current version.</summary>
    public static async Task<HttpResponseMessage> ForceTriage(this WebSession assessor, SignalDetails signal, string step, Dictionary<string, string> values)
    {
        var page = await assessor.Get($"/signals/{signal.Id}");
        return await assessor.Submit(page, Employers.LogoutForm, new Dictionary<string, string>(values) { ["expectedVersion"] = signal.Version.ToString() },
            formAction: $"/signals/{signal.Id}/{step}");
    }

    public static async Task<string> RegisterStatus(this AppFixture app, string kvk) =>
        (await app.CreateClient().GetJson<OrganisationResponse>($"/api/register/{kvk}")).Status;

    public static async Task<IElement> VerifyVerdict(this AppFixture app, string number) =>
        (await app.NewSession().Get($"/verify/{number}")).QuerySelector(".verdict")!;

    public static string Error(IDocument page) => page.QuerySelector("#form-error")?.TextContent.Trim() ?? Employers.Errors(page);
}
