using Keurmerk.Audits.Notifications;

namespace Keurmerk.Web.Features.Account;

/// <summary>
/// The account mails. Whether an address or organisation is known is said only here, to the owner of the
/// mailbox, never on a page: the page after sign-up or "forgot password" reads the same either way.
/// </summary>
public static class AccountMails
{
    public static MailText ConfirmSignUp(string name, string organisation, string link) => MailText.Bilingual(
        "Bevestig uw aanmelding bij Keurmerk", "Confirm your Keurmerk sign-up",
        $"Beste {name},\n\nU hebt {organisation} aangemeld bij Keurmerk. Bevestig met deze link dat dit e-mailadres van u is; daarna kunt u inloggen:\n\n{link}\n\nDe link werkt een uur. Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren.",
        $"Dear {name},\n\nYou signed up {organisation} with Keurmerk. Confirm with this link that this e-mail address is yours; after that you can log in:\n\n{link}\n\nThe link works for one hour. Did you not sign up? Then you can ignore this e-mail.");

    public static MailText AlreadyHasAccount(string loginLink, string resetLink) => MailText.Bilingual(
        "U hebt al een account bij Keurmerk", "You already have a Keurmerk account",
        $"Iemand wilde met dit e-mailadres een organisatie aanmelden bij Keurmerk, maar er is al een account met dit adres.\n\nInloggen: {loginLink}\nWachtwoord vergeten? Stel een nieuw in: {resetLink}\n\nWas u dit niet? Dan hoeft u niets te doen; er is niets veranderd.",
        $"Someone wanted to sign up an organisation with Keurmerk using this e-mail address, but there already is an account with this address.\n\nLog in: {loginLink}\nForgot your password? Set a new one: {resetLink}\n\nWas this not you? Then there is nothing to do; nothing has changed.");

    public static MailText OrganisationAlreadyRegistered(string kvkNumber) => MailText.Bilingual(
        "Uw organisatie is al aangemeld bij Keurmerk", "Your organisation is already signed up with Keurmerk",
        $"U wilde een organisatie met KvK-nummer {kvkNumber} aanmelden bij Keurmerk. Die organisatie is al aangemeld door een collega.\n\nVraag een collega die al een account heeft om u uit te nodigen: na het inloggen kan die onder 'Collega's' een uitnodiging naar dit e-mailadres sturen. Weet u niet wie dat is? Neem dan contact op met Stichting ELBHO.\n\nEr is geen nieuw account gemaakt.",
        $"You wanted to sign up an organisation with KvK number {kvkNumber} with Keurmerk. That organisation has already been signed up by a colleague.\n\nAsk a colleague who already has an account to invite you: once logged in, they can send an invitation to this e-mail address under 'Colleagues'. Do not know who that is? Then contact Stichting ELBHO.\n\nNo new account was created.");

    public static MailText ResetPassword(string link) => MailText.Bilingual(
        "Nieuw wachtwoord instellen voor Keurmerk", "Set a new Keurmerk password",
        $"Met deze link stelt u een nieuw wachtwoord in. De link werkt een uur en één keer; daarna wordt u overal uitgelogd.\n\n{link}\n\nHebt u dit niet gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft hetzelfde.",
        $"Use this link to set a new password. The link works for one hour and once; after that you are logged out everywhere.\n\n{link}\n\nDid you not ask for this? Then you can ignore this e-mail: your password stays the same.");
}
