namespace Keurmerk.Audits.Operations;

/// <summary>
/// One key of ASP.NET Core Data Protection's key ring, as the XML element the key manager hands over.
/// Kept in the database so that every instance of the app reads the same ring: a login cookie, an
/// antiforgery token or a protected secret made by one instance opens on any other.
/// </summary>
public sealed class DataProtectionKey
{
    /// <summary>The key manager's friendly name for the element (e.g. "key-&lt;guid&gt;"), unique.</summary>
    public string Id { get; set; } = "";

    public string Xml { get; set; } = "";

    public DateTimeOffset StoredAt { get; set; }
}
