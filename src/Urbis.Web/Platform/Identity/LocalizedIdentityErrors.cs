using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>Identity's error messages in the visitor's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> s) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), s["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), s["Someone else changed this account at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), s["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), s["This link is not valid or has expired."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), s["This recovery code is not valid."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), s["Enter a valid e-mail address."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), s["Enter a valid e-mail address."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), s["An account with this e-mail address already exists."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), s["An account with this e-mail address already exists."]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), s["This account already has a password."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), s["The account already has this role."]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), s["The account does not have this role."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
