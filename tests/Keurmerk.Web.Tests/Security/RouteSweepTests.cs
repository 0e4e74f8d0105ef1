using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Security;

/// <summary>
/// Every GET route of the app, found from its own endpoint list (so a new page is swept without a new
/// test), with every route value and query parameter set to hostile values, anonymous and in each role:
/// no answer is a 500.
/// </summary>
public partial class RouteSweepTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] HostileValues =
    [
        "2147483647", "-2147483648", "99999999999999999999", "0", "-1", "1e309", "NaN",
        "0001-01-01", "9999-12-31", "2026-02-30", "00000000-0000-0000-0000-000000000000",
        "\0", "%", "'\"<script>alert(1)</script>", "../../etc/passwd", "😀\u202E", new string('x', 5000),
    ];

    [Fact]
    public async Task EveryGetRoute_WithHostileValues_InEveryRole_NeverAnswers500()
    {
        var routes = GetRoutes().ToList();
        Assert.Contains(routes, r => r.Template == "/api/register");
        Assert.Contains(routes, r => r.Template == "/audit");
        var sessions = new List<(string Role, WebSession Session)> { ("anonymous", app.NewSession()) };
        foreach (var (role, email) in new[] { ("admin", "beheer@keurmerk.demo"), ("assessor", Certification.AssessorA), ("employer", "werkgever@korrel.demo"), ("school", "stagebureau@hhs.demo") })
            sessions.Add((role, await app.LoggedIn(email)));

        var failures = new List<string>();
        foreach (var route in routes)
            foreach (var value in HostileValues)
                foreach (var (role, session) in sessions)
                {
                    var url = route.Url(value);
                    var response = await session.Client.GetAsync(url);
                    if ((int)response.StatusCode >= 500) failures.Add($"{role} GET {url[..Math.Min(url.Length, 200)]}: {(int)response.StatusCode}");
                }

        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500 or more:\n" + string.Join("\n", failures.Take(40)));
    }

    private sealed record SweptRoute(string Template, IReadOnlyList<string> QueryParameters)
    {
        public string Url(string value)
        {
            var escaped = Uri.EscapeDataString(value);
            // A NUL in the path never reaches the app: Kestrel refuses it with 400 (NulInPathTests), and the
            // in-process test host cannot even send it. In the query it does reach the app, so it is swept there.
            var path = RouteParameter().Replace(Template, value.Contains('\0') ? "x" : escaped);
            var query = string.Join("&", QueryParameters.Select(p => $"{p}={escaped}"));
            return query.Length == 0 ? path : $"{path}?{query}";
        }
    }

    private IEnumerable<SweptRoute> GetRoutes()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains(HttpMethods.Get)) continue;
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (template.Contains("**", StringComparison.Ordinal)) continue; // catch-alls (the jobs dashboard's files)
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var query = action is null ? [] : action.MethodInfo.GetParameters()
                .Where(p => p.ParameterType != typeof(CancellationToken) && !routeNames.Contains(p.Name!))
                .SelectMany(QueryNames)
                .Distinct()
                .ToList();
            yield return new SweptRoute(template, query);
        }
    }

    /// <summary>A simple parameter by its name; a filter object by its properties, as MVC binds them.</summary>
    private static IEnumerable<string> QueryNames(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(decimal))
            return [parameter.Name!];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || type.IsRecord()).Select(p => p.Name);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}

internal static class TypeExtensions
{
    public static bool IsRecord(this Type type) => type.GetMethod("<Clone>$") is not null;
}
