using Keurmerk.Audits.AuditChain;

namespace Keurmerk.Audits.Tests.AuditChain;

/// <summary>Untouched event streams: the trigger chains every append and the verifier agrees.</summary>
public class AuditChainTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task AppendedEvents_FormAnIntactChain()
    {
        var first = await fixture.Store.NewStream(answers: 4);
        var second = await fixture.Store.NewStream(answers: 1);

        var report = await AuditChainVerifier.VerifyAsync(fixture.Store);

        Assert.True(report.Intact, report.ToText());
        Assert.Equal(5, report.Streams.Single(s => s.StreamId == first).EventCount);
        Assert.Equal(2, report.Streams.Single(s => s.StreamId == second).EventCount);
    }

    [Fact]
    public async Task EachEvent_IsHashedOverItsContentAndThePreviousHash()
    {
        var id = await fixture.Store.NewStream(answers: 2);

        var links = await ChainStreams.Links(fixture.Store, id);

        Assert.Equal([1L, 2L, 3L], links.Select(l => l.Version));
        Assert.Equal("", links[0].PreviousHash);
        Assert.Equal(links[0].Hash, links[1].PreviousHash);
        Assert.Equal(links[1].Hash, links[2].PreviousHash);
        Assert.All(links, l => Assert.Matches("^[0-9a-f]{64}$", l.Hash));
    }

    [Fact]
    public async Task ApplyingTheSchemaAgain_ChangesNothing()
    {
        await fixture.Store.NewStream(answers: 1);

        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await fixture.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();

        Assert.True((await AuditChainVerifier.VerifyAsync(fixture.Store)).Intact);
    }

    [Fact]
    public async Task EventsStoredBeforeTheChainExisted_AreSealedWhenTheChainIsCreated()
    {
        var drop = new StringWriter();
        new AuditChainSchema(fixture.Store.Schema()).WriteDropStatement(fixture.Store.Options.Advanced.Migrator, drop);
        await ChainStreams.Sql(drop.ToString(), Guid.Empty, 0);
        var before = await fixture.Store.NewStream(answers: 2);
        Assert.False((await AuditChainVerifier.VerifyAsync(fixture.Store)).Installed);

        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var after = await fixture.Store.NewStream(answers: 2);

        var report = await AuditChainVerifier.VerifyAsync(fixture.Store);
        Assert.True(report.Intact, report.ToText());
        Assert.Equal(3, (await ChainStreams.Links(fixture.Store, before)).Count);
        Assert.Equal(3, (await ChainStreams.Links(fixture.Store, after)).Count);
    }
}
