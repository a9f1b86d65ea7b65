using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Platform.Identity;

/// <summary>
/// Passwords per NIST SP 800-63B rev. 4: a minimum length (8 with two-factor, 15 without), long
/// passphrases accepted, no composition rules, and refusal of common or context-specific passwords.
/// </summary>
internal sealed class PasswordPolicy(CommonPasswords commonPasswords, IStringLocalizer<SharedResource> s) : IPasswordValidator<User>
{
    public const int MinimumWithTwoFactor = 8;
    public const int MinimumWithoutTwoFactor = 15;
    public const int Maximum = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        password ??= "";
        var length = password.EnumerateRunes().Count();
        var minimum = user.TwoFactorEnabled ? MinimumWithTwoFactor : MinimumWithoutTwoFactor;
        var errors = new List<IdentityError>();
        if (length < minimum)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = s["Use at least {0} characters.", minimum] });
        }
        else if (length > Maximum)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = s["Use at most {0} characters.", Maximum] });
        }
        else if (commonPasswords.Contains(password) || IsContextSpecific(password, user))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = s["This password is too common or too easy to guess. Choose another one."] });
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(IdentityResult.Failed([.. errors]));
        }

        // Remember whether this password is only long enough because two-factor is on.
        user.PasswordReliesOnTwoFactor = length < MinimumWithoutTwoFactor;
        return Task.FromResult(IdentityResult.Success);
    }

    private static bool IsContextSpecific(string password, User user)
    {
        var lowered = password.Trim().ToLowerInvariant();
        var words = new List<string> { "urbis" };
        if (user.Email is { } email)
        {
            words.Add(email.ToLowerInvariant());
            words.Add(email.Split('@')[0].ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            words.Add(user.DisplayName.ToLowerInvariant());
        }

        // The password is (almost) only a context word, e.g. "urbis2026!" or the e-mail address.
        return words.Where(w => w.Length >= 4).Any(w => lowered.Contains(w, StringComparison.Ordinal) && lowered.Length - w.Length < 6);
    }
}

/// <summary>The blocklist of common passwords shipped in the repository (common-passwords.txt).</summary>
internal sealed class CommonPasswords
{
    private readonly HashSet<string> passwords;

    public CommonPasswords()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("common-passwords.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }
    }

    public int Count => passwords.Count;

    public bool Contains(string password) => passwords.Contains(password.Trim().ToLowerInvariant());
}
