using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Membership.Apply;
using Urbis.Web.Modules.Membership.Data;
using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.UnitTests.Membership;

/// <summary>Every field of the application form is checked, with a message next to the field; valid forms become answers.</summary>
public sealed class ApplicationFormRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void A_complete_form_becomes_typed_answers()
    {
        var check = Check(Answers.Form());
        check.Errors.ShouldBeEmpty();
        var a = check.Answers!;
        a.OfficialName.ShouldBe("Łódź");
        a.AuthorityType.ShouldBe(AuthorityType.City);
        a.Population.ShouldBe(655_279);
        a.Website.ShouldBe("https://www.uml.lodz.pl/");
        a.Coordinator.ShouldBeNull();
        a.CoordinatorBy.ShouldBe(new DateOnly(2026, 9, 30));
        a.Coalition.ShouldBe(CommitmentStatus.Committed);
        a.CoalitionDate.ShouldBe(new DateOnly(2026, 12, 31));
        a.Partners.ShouldHaveSingleItem().ShouldBe(new CoalitionPartner(PartnerSector.Public, "Policja", "Police"));
        a.CouncilDecisionDate.ShouldBe(new DateOnly(2026, 1, 20));
    }

    [Fact]
    public void An_empty_form_names_every_required_field()
    {
        var fields = Check(new ApplicationForm()).Errors.Select(e => e.Field).ToList();
        fields.ShouldBe(
        [
            "Form.OfficialName", "Form.AuthorityType", "Form.CountryCode", "Form.Population", "Form.PopulationYear", "Form.Address",
            "Form.Applicant.Name", "Form.Applicant.Position", "Form.Applicant.Email",
            "Form.Representative.Name", "Form.Representative.Position", "Form.Representative.Email",
            "Form.CoordinatorAppointed", "Form.Coalition", "Form.CouncilDecision",
            "Form.SocialDevelopment", "Form.CitizenParticipation", "Form.HumanRights", "Form.CommitsToCharter",
            "Form.PreferredLanguage", "Form.HeardFrom", "Form.Consent",
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("50000001")]
    [InlineData("999999999999999999999")]
    public void A_population_that_is_zero_negative_or_absurd_is_refused(string population)
    {
        var form = Answers.Form();
        form.Population = population;
        var error = Check(form).Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Form.Population");
    }

    [Theory]
    [InlineData("12 000", 12_000)]
    [InlineData("12\u202F000", 12_000)]
    [InlineData("1.234.567", 1_234_567)]
    [InlineData("1,234,567", 1_234_567)]
    [InlineData("125000", 125_000)]
    public void Populations_are_read_as_people_type_them(string typed, int expected)
    {
        var form = Answers.Form();
        form.Population = typed;
        Check(form).Answers!.Population.ShouldBe(expected);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("twelve")]
    [InlineData("1 23")]
    public void A_population_that_is_not_a_whole_number_is_refused(string typed)
    {
        var form = Answers.Form();
        form.Population = typed;
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form.Population");
    }

    [Theory]
    [InlineData("CoalitionBy", "2026-03-01")]
    [InlineData("CoalitionBy", "2026-03-02")]
    [InlineData("CoalitionBy", "2030-01-01")]
    [InlineData("CoordinatorBy", "1999-01-01")]
    [InlineData("CouncilDecisionOn", "2026-03-03")]
    [InlineData("CouncilDecisionOn", "1900-01-01")]
    [InlineData("CouncilDecisionOn", "not a date")]
    public void Dates_in_the_past_or_far_future_are_refused_where_they_make_no_sense(string field, string value)
    {
        var form = Answers.Form();
        typeof(ApplicationForm).GetProperty(field)!.SetValue(form, value);
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form." + field);
    }

    [Fact]
    public void More_than_thirty_partners_in_a_sector_are_refused_with_one_message()
    {
        var form = Answers.Form();
        form.VoluntaryPartners = [.. Enumerable.Range(1, 100).Select(i => new PartnerInput { Name = $"Association {i}", Role = "Member" })];
        var error = Check(form).Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Form.VoluntaryPartners");
        error.Message.ShouldContain("30");
    }

    [Fact]
    public void Thirty_partners_per_sector_are_accepted()
    {
        var form = Answers.Form();
        form.PrivatePartners = [.. Enumerable.Range(1, 30).Select(i => new PartnerInput { Name = $"Company {i}" })];
        Check(form).Answers!.Partners.Count.ShouldBe(31);
    }

    [Fact]
    public void A_partner_with_a_role_but_no_name_is_pointed_out()
    {
        var form = Answers.Form();
        form.PublicPartners = [new PartnerInput { Name = "Policja" }, new PartnerInput { Role = "Schools" }];
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form.PublicPartners[1].Name");
    }

    [Fact]
    public void An_existing_coalition_needs_at_least_one_partner()
    {
        var form = Answers.Form();
        form.Coalition = "Done";
        form.CoalitionSince = "2020-01-01";
        form.PublicPartners = [];
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form.PublicPartners");
    }

    [Fact]
    public void Fifty_kilobytes_of_text_are_refused_and_the_message_says_how_long_it_was()
    {
        var form = Answers.Form();
        form.SocialDevelopment = new string('a', 50 * 1024);
        var error = Check(form).Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Form.SocialDevelopment");
        error.Message.ShouldBe("Use at most 4,000 characters (you wrote 51,200).");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>@example.org")]
    [InlineData("not an address")]
    [InlineData("a@b")]
    public void Undeliverable_e_mail_addresses_are_refused(string email)
    {
        var form = Answers.Form();
        form.Representative.Email = email;
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form.Representative.Email");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org")]
    [InlineData("not a site")]
    [InlineData("localhost")]
    public void Only_web_addresses_are_accepted_as_website(string website)
    {
        var form = Answers.Form();
        form.Website = website;
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form.Website");
    }

    [Theory]
    [InlineData("AuthorityType", "7")]
    [InlineData("AuthorityType", "Kingdom")]
    [InlineData("CountryCode", "US")]
    [InlineData("HeardFrom", "1")]
    [InlineData("PreferredLanguage", "de")]
    [InlineData("CoordinatorAppointed", "maybe")]
    public void Choices_outside_the_lists_are_refused(string field, string value)
    {
        var form = Answers.Form();
        typeof(ApplicationForm).GetProperty(field)!.SetValue(form, value);
        Check(form).Errors.ShouldHaveSingleItem().Field.ShouldBe("Form." + field);
    }

    [Fact]
    public void Script_is_kept_as_text_and_control_characters_are_dropped()
    {
        var form = Answers.Form();
        form.OfficialName = "<script>alert('x')</script>\u0000 Łódź";
        Check(form).Answers!.OfficialName.ShouldBe("<script>alert('x')</script> Łódź");
    }

    [Theory]
    [InlineData("Zbigniew Ćwik")]
    [InlineData("Αλέξανδρος Παπαδόπουλος")]
    [InlineData("Anne-Marie O'Neill")]
    [InlineData("Jan van 't Hek")]
    [InlineData("محمد بن سلمان")]
    public void Real_names_in_any_script_are_accepted_for_every_person(string name)
    {
        var form = Answers.Form();
        form.CoordinatorAppointed = "yes";
        form.Coordinator = new ContactInput { Name = name, Position = "Coordinator", Email = "coordinator@lodz.example" };
        form.Applicant.Name = name;
        form.Representative.Name = name;
        var answers = Check(form).Answers.ShouldNotBeNull();
        (answers.Applicant.Name, answers.Representative.Name, answers.Coordinator!.Name).ShouldBe((name, name, name));
    }

    [Theory]
    [InlineData("Eva <script>alert('x')</script>")]
    [InlineData("Eva <b>Nilsson</b>")]
    [InlineData("Eva \u202Enosslin")]
    [InlineData("Eva\u2066 Nilsson")]
    [InlineData("Eva\nNilsson")]
    [InlineData("Eva\u0007Nilsson")]
    public void Names_with_markup_or_hidden_characters_are_refused_next_to_each_field(string typed)
    {
        var name = System.Text.RegularExpressions.Regex.Unescape(typed);
        var form = Answers.Form();
        form.CoordinatorAppointed = "yes";
        form.Coordinator = new ContactInput { Name = name, Position = "Coordinator", Email = "coordinator@lodz.example" };
        form.Applicant.Name = name;
        form.Representative.Name = name;
        var errors = Check(form).Errors;
        errors.Select(e => e.Field).ShouldBe(["Form.Applicant.Name", "Form.Representative.Name", "Form.Coordinator.Name"]);
        errors.ShouldAllBe(e => e.Message == "A name cannot contain < or >, control characters or hidden text-direction characters.");
    }

    [Fact]
    public void A_name_is_kept_in_its_composed_form()
    {
        var form = Answers.Form();
        form.Applicant.Name = "  Zbigniew C\u0301wik ";
        Check(form).Answers!.Applicant.Name.ShouldBe("Zbigniew Ćwik");
    }

    [Fact]
    public void An_appointed_coordinator_needs_their_details()
    {
        var form = Answers.Form();
        form.CoordinatorAppointed = "yes";
        Check(form).Errors.Select(e => e.Field).ShouldBe(["Form.Coordinator.Name", "Form.Coordinator.Position", "Form.Coordinator.Email"]);
    }

    [Fact]
    public void A_form_filled_from_answers_gives_the_same_answers_back()
    {
        var answers = Check(Answers.Form()).Answers!;
        var again = Check(ApplicationForm.From(answers)).Answers!;
        JsonColumn.Serialize(again).ShouldBe(JsonColumn.Serialize(answers));
    }

    private static FormCheck Check(ApplicationForm form) => ApplicationFormRules.Check(form, Today, new KeyLocalizer(), new KeyLocalizer<Web.Platform.Identity.AccountResource>());
}
