using Keurmerk.Audits.Operations;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;
using System.Xml.Linq;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// Data Protection's key ring in PostgreSQL, one Marten document per key, shared by every instance.
/// The interface is synchronous; the key manager calls it rarely (at start, then about once a day, and
/// when it creates a key), so blocking on the database here costs nothing on the request path.
/// </summary>
public sealed class MartenXmlRepository(IDocumentStore store, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return keys.Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        // The key manager names keys "key-<guid>"; a name it does not give gets a fresh id, never an overwrite.
        var id = string.IsNullOrEmpty(friendlyName) ? Guid.CreateVersion7().ToString() : friendlyName;
        session.Store(new DataProtectionKey { Id = id, Xml = element.ToString(SaveOptions.DisableFormatting), StoredAt = clock.GetUtcNow() });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
