using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Platform.Identity.Account.TwoFactor;

/// <summary>
/// Set up two-factor authentication with an authenticator app (TOTP), after re-entering the
/// password; shows its state once on. Any signed-in account; secretariat accounts are sent here
/// until they have done it.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class TwoFactorSetupModel(
    UserManager<User> users,
    Reauthentication reauthentication,
    TwoFactorChanges changes,
    IOptions<PlatformOptions> platform,
    IStringLocalizer<AccountResource> l) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public TwoFactorSetupInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        if (user.TwoFactorEnabled)
        {
            return LocalRedirect("/account/two-factor");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return this.InvalidForm();
        }

        var check = await reauthentication.CheckAsync(user, Input.Password);
        if (check != PasswordCheck.Correct)
        {
            Input = new TwoFactorSetupInput();
            await LoadAsync(user);
            return this.Refuse(check, $"{nameof(Input)}.{nameof(Input.Password)}", l);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Code))
        {
            // Counts like a wrong password: the code is a guessable secret too.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", l["This code is not valid. Check that the app shows the account you just added and enter its current code."]);
            Input = new TwoFactorSetupInput();
            await LoadAsync(user);
            return this.InvalidForm();
        }

        IReadOnlyList<string> codes = [];
        await changes.ChangeAsync(user, TwoFactorChange.Enabled, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        });
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes);
        return LocalRedirect("/account/two-factor/recovery-codes" + (string.IsNullOrEmpty(ReturnUrl) ? "" : QueryString.Create("returnUrl", ReturnUrl).ToString()));
    }

    private async Task LoadAsync(User user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = Required || (await users.GetRolesAsync(user)).Any(Roles.IsSecretariat);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        FormattedKey = Format(key);
        var issuer = Uri.EscapeDataString(platform.Value.NetworkName);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    private static string Format(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}

internal sealed class TwoFactorSetupInput
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [Display(Name = "Authentication code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";
}
