using Keurmerk.Audits.AuditChain;

namespace Keurmerk.Audits.Tests.AuditChain;

/// <summary>Stored events changed directly in PostgreSQL: the verifier names the stream, the version and what broke.</summary>
public class TamperingTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private string Schema => fixture.Store.Schema();

    private async Task<StreamChain> ChainOf(Guid stream) =>
        (await AuditChainVerifier.VerifyAsync(fixture.Store)).Streams.Single(s => s.StreamId == stream);

    [Fact]
    public async Task ChangedEventData_BreaksThatStreamAtThatVersion_AndLeavesTheOthersIntact()
    {
        var tampered = await fixture.Store.NewStream();
        var untouched = await fixture.Store.NewStream();

        var changed = await ChainStreams.Sql(
            $"""update {Schema}.mt_events set data = jsonb_set(data, '{"{Value}"}', '"no"') where stream_id = @stream and version = @version""", tampered, 3);

        Assert.Equal(1, changed);
        var report = await AuditChainVerifier.VerifyAsync(fixture.Store);
        Assert.False(report.Intact);
        var broken = report.Streams.Single(s => s.StreamId == tampered);
        Assert.Equal(new ChainBreak(3, ChainBreakKind.ContentChanged, broken.Break!.Detail), broken.Break);
        Assert.True(report.Streams.Single(s => s.StreamId == untouched).Intact);
        Assert.Contains($"stream {tampered} broken at version 3", report.ToText());
    }

    [Fact]
    public async Task EventDeletedFromTheMiddle_IsReportedMissing()
    {
        var stream = await fixture.Store.NewStream();

        await ChainStreams.Sql($"delete from {Schema}.mt_events where stream_id = @stream and version = @version", stream, 2);

        var chain = await ChainOf(stream);
        Assert.Equal(2, chain.Break?.Version);
        Assert.Equal(ChainBreakKind.EventMissing, chain.Break?.Kind);
    }

    [Fact]
    public async Task LastEventDeleted_IsReportedMissing()
    {
        var stream = await fixture.Store.NewStream();

        await ChainStreams.Sql($"delete from {Schema}.mt_events where stream_id = @stream and version = @version", stream, 5);

        var chain = await ChainOf(stream);
        Assert.Equal(5, chain.Break?.Version);
        Assert.Equal(ChainBreakKind.EventMissing, chain.Break?.Kind);
    }

    [Fact]
    public async Task ChangedDataWithARecomputedHash_BreaksTheLinkToTheNextEvent()
    {
        var stream = await fixture.Store.NewStream();

        await ChainStreams.Sql($"""
            update {Schema}.mt_events set data = jsonb_set(data, '{"{Value}"}', '"no"') where stream_id = @stream and version = @version;
            update {Schema}.{AuditChainSchema.TableName} c
               set hash = {Schema}.{AuditChainSchema.HashFunctionName}(e.stream_id, e.version, e.type, e.data, e.bdata, c.previous_hash)
              from {Schema}.mt_events e where e.seq_id = c.seq_id and e.stream_id = @stream and e.version = @version;
            """, stream, 2);

        var chain = await ChainOf(stream);
        Assert.Equal(3, chain.Break?.Version);
        Assert.Equal(ChainBreakKind.LinkBroken, chain.Break?.Kind);
    }

    [Fact]
    public async Task EventInsertedPastTheTrigger_IsReportedUnchained()
    {
        var stream = await fixture.Store.NewStream(answers: 1);

        await ChainStreams.Sql($"""
            alter table {Schema}.mt_events disable trigger {AuditChainSchema.TriggerName};
            insert into {Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
            select nextval('{Schema}.mt_events_sequence'), gen_random_uuid(), stream_id, 3, data, type, now(), tenant_id, mt_dotnet_type
              from {Schema}.mt_events where stream_id = @stream and version = @version;
            alter table {Schema}.mt_events enable trigger {AuditChainSchema.TriggerName};
            """, stream, 2);

        var chain = await ChainOf(stream);
        Assert.Equal(3, chain.Break?.Version);
        Assert.Equal(ChainBreakKind.NotChained, chain.Break?.Kind);
    }
}
