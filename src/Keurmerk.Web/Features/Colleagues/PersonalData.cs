using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Marten;

namespace Keurmerk.Web.Features.Colleagues;

/// <summary>
/// Erasing a person (AVG article 17). Events are the audit record and are never changed: they name
/// people only by account id. Erasing the account's name, e-mail and password leaves that id
/// pseudonymous: every page then shows "deleted user" where the person acted.
/// </summary>
public static class PersonalData
{
    public const string DeletedNameNl = "Verwijderde gebruiker";

    public static void Erase(IDocumentSession session, AppUser person, AppUser successor, Organisation? organisation, DateTimeOffset now)
    {
        var email = person.Email;
        var placeholder = $"verwijderd-{person.Id:N}@invalid.invalid";
        person.UserName = placeholder;
        person.NormalizedUserName = placeholder.ToUpperInvariant();
        person.Email = placeholder;
        person.NormalizedEmail = placeholder.ToUpperInvariant();
        person.EmailConfirmed = false;
        person.DisplayName = DeletedNameNl;
        person.PasswordHash = null;
        person.SecurityStamp = Guid.NewGuid().ToString("N"); // any login cookie of theirs stops working
        person.Roles = [];
        person.DeletedAt = now;
        session.Update(person);

        // Mail to and invitations for the address go with it; the organisation's contact moves to a colleague.
        session.DeleteWhere<Notification>(n => n.To == email);
        session.DeleteWhere<Invitation>(i => i.Email == email);
        if (organisation is not null && organisation.ContactEmail.Equals(email, StringComparison.OrdinalIgnoreCase))
            session.Update(organisation with { ContactPerson = successor.DisplayName, ContactEmail = successor.Email });
    }
}
