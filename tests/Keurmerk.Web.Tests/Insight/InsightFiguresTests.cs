using Keurmerk.Web.Tests.Support;

namespace Keurmerk.Web.Tests.Insight;

/// <summary>
/// The async projections end to end, with the threshold at 0 so the counts can be read: the demo seed gives
/// three certificates (one suspended, one expired), and a certification through the app's own pages adds one.
/// </summary>
public sealed class InsightFiguresTests(UnsuppressedInsightAppFixture app) : IClassFixture<UnsuppressedInsightAppFixture>
{
    [Fact]
    public async Task ThePipeline_CountsWhatTheDecisionsDid_AfterTheDaemonCaughtUp()
    {
        var before = await Totals();
        var ictBefore = await Totals("&sector=ict");
        await app.CertifyNewEmployer(); // signs up in sector ict
        await app.CatchUp();

        var after = await Totals();

        Assert.Equal(before.Certified + 1, after.Certified);
        Assert.Equal(before.Started + 1, after.Started);
        Assert.Equal(before.Submitted + 1, after.Submitted);
        Assert.Equal(before.SignedUp + 1, after.SignedUp);
        Assert.True(before.Certified >= 3, $"the demo seed certifies three, saw {before.Certified}");
        Assert.True(after.Suspended >= 1 && after.Expired >= 1);

        // A filter narrows the figures: the new employer's sector grew by one; the printer's sector holds only the demo's expired certificate.
        Assert.Equal(ictBefore.Certified + 1, (await Totals("&sector=ict")).Certified);
        var printers = await Totals("&sector=grafisch");
        Assert.Equal((0, 1, 1, 0, 1), (printers.SignedUp, printers.Started, printers.Certified, printers.Suspended, printers.Expired));
    }

    [Fact]
    public async Task TheTimeToDecision_AndTheCriteria_AreFilled()
    {
        await app.CertifyNewEmployer();
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);

        var page = await network.Get("/insight");

        Assert.NotEqual("–", page.Cell("time", "Indiening tot besluit", "Mediaan"));
        Assert.True(int.Parse(page.Cell("time", "Indiening tot besluit", "Aantal"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotNull(page.QuerySelector("table[data-table='criteria'] tbody tr"));
    }

    private async Task<(int SignedUp, int Started, int Submitted, int Certified, int Suspended, int Expired)> Totals(string query = "")
    {
        await app.CatchUp();
        var network = await app.LoggedIn(InsightSupport.Network);
        // From 2024-Q4: the demo's expired certificate was issued two years and a few days before the test clock's today.
        var page = await network.Get("/insight?from=2024-Q4&to=2026-Q4" + query);
        int At(string column) => int.Parse(page.Cell("pipeline", "Totaal", column), System.Globalization.CultureInfo.InvariantCulture);
        return (At("Aangemeld"), At("Zelfevaluatie gestart"), At("Ingediend"), At("Gecertificeerd"), At("Geschorst"), At("Verlopen"));
    }
}
