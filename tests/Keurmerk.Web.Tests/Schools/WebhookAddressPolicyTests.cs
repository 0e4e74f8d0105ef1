using Keurmerk.Web.Infrastructure.Webhooks;
using System.Net;

namespace Keurmerk.Web.Tests.Schools;

/// <summary>The address check on its own: no app, no network (names resolve through a stand-in).</summary>
public class WebhookAddressPolicyTests
{
    private static readonly WebhookOptions Production = new(AllowInsecure: false, AllowPrivateAddresses: false);

    private static WebhookAddressPolicy Policy(WebhookOptions options, params string[] resolvesTo) =>
        new(options, (_, _) => Task.FromResult(resolvesTo.Select(IPAddress.Parse).ToArray()));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("febf::1")]
    [InlineData("fc00::1")]
    [InlineData("fdff:ffff::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("::127.0.0.1")]          // IPv4-compatible
    [InlineData("2002:7f00:1::1")]       // 6to4 around 127.0.0.1
    [InlineData("2002:a00:1::1")]        // 6to4 around 10.0.0.1
    [InlineData("64:ff9b:1::7f00:1")]    // RFC 8215 local-use NAT64
    [InlineData("::ffff:0:7f00:1")]      // IPv4-translated 127.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")] // Teredo
    public void InternalAddresses_AreRefused(string address) => Assert.True(WebhookAddressPolicy.IsRefused(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("2a00:1450:400e:80d::200e")]
    [InlineData("::ffff:93.184.215.14")]
    [InlineData("2002:5db8:d70e::1")]    // 6to4 around the public 93.184.215.14
    public void PublicAddresses_AreAllowed(string address) => Assert.False(WebhookAddressPolicy.IsRefused(IPAddress.Parse(address)));

    [Fact]
    public async Task AHostName_IsJudgedByEveryAddressItResolvesTo()
    {
        Assert.Null((await Policy(Production, "93.184.215.14").Check("https://hooks.school.example/keurmerk", default)).Refusal);

        var (url, refusal) = await Policy(Production, "93.184.215.14", "10.1.2.3").Check("https://hooks.school.example/", default);
        Assert.Null(url);
        Assert.Contains("10.1.2.3", refusal!.En);

        Assert.Contains("cannot be found", (await Policy(Production).Check("https://nowhere.example/", default)).Refusal!.En);
    }

    [Fact]
    public async Task WhenDnsChangesAfterRegistration_TheNextConnectionIsRefused()
    {
        var answer = "93.184.215.14";
        var policy = new WebhookAddressPolicy(Production, (_, _) => Task.FromResult(new[] { IPAddress.Parse(answer) }));
        Assert.Null((await policy.Check("https://hooks.school.example/", default)).Refusal);

        answer = "127.0.0.1";

        var refused = await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => policy.Addresses("hooks.school.example", default));
        Assert.Contains("internal address (127.0.0.1)", refused.Message);
    }

    [Theory]
    [InlineData("http://93.184.215.14/", false, "Only https")]
    [InlineData("https://93.184.215.14/", false, null)]
    [InlineData("http://93.184.215.14/", true, null)]
    [InlineData("", false, "Enter the webhook")]
    [InlineData("not a url", false, "not a valid web address")]
    [InlineData("https://a:b@93.184.215.14/", false, "user name or password")]
    public async Task PlainHttp_IsOnlyAllowedWhenConfigured(string url, bool allowInsecure, string? refusal)
    {
        var result = await Policy(Production with { AllowInsecure = allowInsecure }).Check(url, default);

        if (refusal is null) Assert.Equal(new Uri(url), result.Url);
        else Assert.Contains(refusal, result.Refusal!.En);
    }

    [Fact]
    public async Task WithPrivateAddressesAllowed_LoopbackPasses()
    {
        var (url, refusal) = await Policy(new WebhookOptions(AllowInsecure: true, AllowPrivateAddresses: true)).Check("http://127.0.0.1:5050/hook", default);
        Assert.Null(refusal);
        Assert.Equal("http://127.0.0.1:5050/hook", url!.AbsoluteUri);
    }
}
