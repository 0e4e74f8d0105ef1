using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net;

namespace Keurmerk.Web.Tests.Support;

/// <summary>
/// Drives the app the way a browser does: fetch a page, fill in one of its forms (the antiforgery
/// token and hidden fields come from the page itself), post it, follow the redirect.
/// </summary>
public sealed class WebSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<IDocument> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}");
        return await Parse(response);
    }

    public static async Task<IDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Posts the form matched by the selector with its hidden fields plus the given values and files.
    /// The selector may also match a part of a form (a section with its own submit button): then that
    /// form is posted to the button's formaction, as a browser does when that button is pressed.
    /// </summary>
    public async Task<HttpResponseMessage> Submit(
        IDocument page,
        string formSelector,
        IDictionary<string, string>? values = null,
        IEnumerable<(string Field, string FileName, byte[] Content)>? files = null,
        string? formAction = null)
    {
        var element = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var form = element as IHtmlFormElement ?? element.Closest("form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"'{formSelector}' on {page.Url} is not in a form");
        if (element != form) formAction ??= element.QuerySelector("button[formaction]")?.GetAttribute("formaction");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values ?? new Dictionary<string, string>()) fields[key] = value;

        var action = formAction ?? form.GetAttribute("action") ?? page.Url;
        HttpContent content;
        if (form.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in fields) multipart.Add(new StringContent(value), key);
            foreach (var (field, fileName, bytes) in files ?? []) multipart.Add(new ByteArrayContent(bytes), field, fileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        return await Client.PostAsync(action, content);
    }

    public async Task LogIn(string email, string password)
    {
        var page = await Get("/account/login");
        var response = await Submit(page, "form[action='/account/login']", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login as {email} failed: {response.StatusCode}");
    }
}
