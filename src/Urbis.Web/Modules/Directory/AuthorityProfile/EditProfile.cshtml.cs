using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Directory.Domain;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Localization;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Directory.AuthorityProfile;

/// <summary>
/// Correct an authority's profile: name, region, addresses, website, population (recorded for its
/// year), the language of the network's letters, and the finance contact who receives the invoices
/// and reminders (a new one takes the role over from today). The authority's coordinator, and secretariat
/// staff and administrators (with two-factor); others get 403 before anything tells whether it exists.
/// Every change is audited (Authority, AuthorityPopulation).
/// </summary>
[Authorize(Policy = Policies.AuthorityManagers)]
internal sealed class EditProfileModel(
    AppDbContext db,
    IAuthorityRegistry registry,
    IAuthorityDirectory directory,
    IAuthorizationService authorization,
    NetworkCalendar calendar,
    IStringLocalizer<DirectoryResource> l,
    IStringLocalizer<AccountResource> accountTexts) : PageModel
{
    public const int MaxPopulation = 50_000_000;

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    /// <summary>Where "Cancel" and "Save" go back to: the coordinator's membership page, or the authority's people for the secretariat.</summary>
    public string Back { get; private set; } = "/members/membership";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(id))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Set<Authority>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } authority)
        {
            return NotFound();
        }

        Name = authority.OfficialName;
        Back = BackTo(id);
        Input = ProfileInput.From(authority);
        if ((await directory.ContactsAsync(ContactRole.FinanceContact, [id], cancellationToken)).GetValueOrDefault(id) is { } finance)
        {
            (Input.FinanceName, Input.FinanceEmail) = (finance.FullName, finance.Email);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(id))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Set<Authority>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } authority)
        {
            return NotFound();
        }

        Name = authority.OfficialName;
        Back = BackTo(id);
        var (population, year) = Check();
        if (ModelState.ErrorCount > 0)
        {
            return this.InvalidForm();
        }

        authority.OfficialName = Input.OfficialName!.Trim();
        authority.Region = Optional(Input.Region);
        authority.Address = Optional(Input.Address);
        authority.BillingAddress = Optional(Input.BillingAddress);
        authority.Website = TypedValues.WebAddress(Input.Website);
        authority.PreferredLanguage = Languages.Find(Input.PreferredLanguage)!.Code;
        if (population != authority.Population || year != authority.PopulationYear)
        {
            await registry.RecordPopulationAsync(id, population, year, "Profile page", cancellationToken);
        }

        await SaveFinanceContactAsync(id, authority.PreferredLanguage, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = l["The profile is saved."].Value;
        return Redirect(Back);
    }

    private (int Population, int Year) Check()
    {
        if (string.IsNullOrWhiteSpace(Input.OfficialName) || Input.OfficialName.Trim().Length > Authority.NameMaxLength)
        {
            ModelState.AddModelError("Input.OfficialName", l["Enter the official name (at most {0} characters).", Authority.NameMaxLength]);
        }

        foreach (var (field, value, max) in new[] { ("Region", Input.Region, 200), ("Address", Input.Address, 500), ("BillingAddress", Input.BillingAddress, 500), ("Website", Input.Website, 500) })
        {
            if (value?.Trim().Length > max)
            {
                ModelState.AddModelError($"Input.{field}", l["Use at most {0} characters.", max]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Input.Website) && TypedValues.WebAddress(Input.Website) is null)
        {
            ModelState.AddModelError("Input.Website", l["Enter a web address such as https://www.example.org."]);
        }

        // Read as the join form reads it: "12,5" is not taken for 125.
        var population = TypedValues.WholeNumber(Input.Population);
        if (population is null)
        {
            ModelState.AddModelError("Input.Population", l["Enter the number of inhabitants as a whole number, for example 125000."]);
        }
        else if (population is < 1 or > MaxPopulation)
        {
            ModelState.AddModelError("Input.Population", l["Enter the number of inhabitants, between 1 and {0}.", MaxPopulation.ToString("N0", CultureInfo.CurrentCulture)]);
        }

        var thisYear = calendar.Year;
        if (!int.TryParse(Input.PopulationYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1990 || year > thisYear)
        {
            ModelState.AddModelError("Input.PopulationYear", l["Enter the year of the figure, between {0} and {1}.", 1990, thisYear]);
        }

        if (!Languages.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError("Input.PreferredLanguage", l["Choose a language from the list."]);
        }

        CheckFinanceContact();

        return ((int)(population ?? 0), year);
    }

    /// <summary>
    /// Someone else takes the role over from today; the same address with the name written anew
    /// corrects the name; both fields emptied leave nobody (the invoice run then flags the member).
    /// </summary>
    private async Task SaveFinanceContactAsync(Guid id, string language, CancellationToken cancellationToken)
    {
        var current = (await directory.ContactsAsync(ContactRole.FinanceContact, [id], cancellationToken)).GetValueOrDefault(id);
        if (Input.FinanceEmail?.Trim() is not { Length: > 0 } email)
        {
            if (current is not null)
            {
                await registry.EndAsync(id, ContactRole.FinanceContact, calendar.Today, cancellationToken);
            }

            return;
        }

        var name = PersonName.Normalize(Input.FinanceName);
        var person = await registry.FindOrAddPersonAsync(new NewPerson(name, email, null, null, language), cancellationToken);
        if (current?.PersonId == person && current.FullName != name)
        {
            await registry.RenamePersonAsync(person, name, cancellationToken);
        }

        await registry.AssignAsync(id, person, ContactRole.FinanceContact, calendar.Today, cancellationToken);
    }

    /// <summary>The finance contact is optional (the invoice run flags members without one), but named with an address.</summary>
    private void CheckFinanceContact()
    {
        var name = PersonName.Normalize(Input.FinanceName);
        var email = Input.FinanceEmail?.Trim() ?? "";
        if (name.Length == 0 && email.Length == 0)
        {
            return;
        }

        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.FinanceName", l["Enter the name of the person who receives the invoices."]);
        }
        else if (PersonName.Problem(name, accountTexts) is { } problem)
        {
            ModelState.AddModelError("Input.FinanceName", problem);
        }

        if (email.Length == 0 || !DeliverableEmailAttribute.IsDeliverable(email))
        {
            ModelState.AddModelError("Input.FinanceEmail", l["Enter the e-mail address the invoices go to, such as finance@city.example."]);
        }
    }

    private string BackTo(Guid id) => User.AuthorityId() == id ? "/members/membership" : $"/authorities/{id}/people";

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> MayManageAsync(Guid id) =>
        (await authorization.AuthorizeAsync(User, new AuthorityResource(id), AuthorityOperations.Manage)).Succeeded;
}

// Strings, so that what was typed is shown again with the page's own messages.
internal sealed class ProfileInput
{
    public string? OfficialName { get; set; }

    public string? Region { get; set; }

    public string? Address { get; set; }

    public string? BillingAddress { get; set; }

    public string? Website { get; set; }

    public string? Population { get; set; }

    public string? PopulationYear { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? FinanceName { get; set; }

    public string? FinanceEmail { get; set; }

    public static ProfileInput From(Authority a) => new()
    {
        OfficialName = a.OfficialName,
        Region = a.Region,
        Address = a.Address,
        BillingAddress = a.BillingAddress,
        Website = a.Website,
        Population = a.Population?.ToString(CultureInfo.InvariantCulture),
        PopulationYear = a.PopulationYear?.ToString(CultureInfo.InvariantCulture),
        PreferredLanguage = a.PreferredLanguage,
    };
}
