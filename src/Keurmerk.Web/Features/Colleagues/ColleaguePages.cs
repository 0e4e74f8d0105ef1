using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace Keurmerk.Web.Features.Colleagues;

// Checked in the controller, in the reader's language; DataAnnotations' English defaults never reach a page.
[ValidateNever]
public sealed class InviteForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Name { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Email { get; set; } = "";
}

[ValidateNever]
public sealed class AcceptForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Name { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Password { get; set; } = "";
}

public sealed record PeoplePage(
    IReadOnlyList<AppUser> People,
    IReadOnlyList<Invitation> Invitations,
    Guid Me,
    DateTimeOffset Now,
    InviteForm Form,
    string? Error);

public sealed record AcceptPage(Invitation Invitation, string OrganisationName, string Token, AcceptForm Form, string? Error);
