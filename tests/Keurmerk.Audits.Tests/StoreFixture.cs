using Keurmerk.Tests;
using Marten;

namespace Keurmerk.Audits.Tests;

/// <summary>A Marten store on the real PostgreSQL, in a schema of its own for the test class.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private readonly string _schema = TestDatabase.NewSchemaName("audits");

    public DocumentStore Store { get; private set; } = null!;


    public async Task InitializeAsync()
    {
        Store = DocumentStore.For(options => KeurmerkStore.Configure(options, TestDatabase.ConnectionString, _schema));
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        Store?.Dispose();
        await TestDatabase.DropSchema(_schema);
    }
}
