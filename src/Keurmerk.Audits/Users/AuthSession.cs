namespace Keurmerk.Audits.Users;

/// <summary>
/// A login session kept on the server: the cookie holds only this document's random id. Deleting the
/// document ends the session at once, on every app instance, whatever copies of the cookie exist.
/// </summary>
public sealed class AuthSession
{
    public string Id { get; set; } = "";
    public Guid UserId { get; set; }

    /// <summary>The serialised authentication ticket (claims and properties; no password, no secret).</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
}
