using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Mail;

/// <summary>Urbis configured with an SMTP host delivers its outbox through a real SMTP conversation.</summary>
public sealed class SmtpDeliveryTests(SmtpDeliveryTests.SmtpApp app) : IClassFixture<SmtpDeliveryTests.SmtpApp>
{
    [Fact]
    public async Task An_invitation_travels_over_smtp_with_a_text_and_an_html_part()
    {
        var user = await app.InviteAsync(Roles.MemberUser, language: "fr", name: "Łucja Kowalska");
        var sent = await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        sent.ShouldBeGreaterThanOrEqualTo(1);
        var message = app.Smtp.Messages.Single(m => m.To.Mailboxes.Any(b => b.Address == user.Email));
        message.Subject.ShouldBe("Votre invitation à Urbis");
        message.From.Mailboxes.Single().Address.ShouldBe("no-reply@urbis.localhost");
        message.To.Mailboxes.Single().Name.ShouldBe("Łucja Kowalska");
        message.HtmlBody!.ShouldContain("Bonjour Łucja Kowalska");
        message.TextBody!.ShouldContain("https://localhost/account/invitation?user=" + user.Id);
        message.Headers["Auto-Submitted"].ShouldBe("auto-generated");
    }

    [Fact]
    public async Task A_sent_message_is_marked_and_never_sent_twice()
    {
        var user = await app.InviteAsync(Roles.PartnerExpert);
        var sender = app.Services.GetRequiredService<OutboxSender>();
        await sender.SendDueAsync(CancellationToken.None);
        await sender.SendDueAsync(CancellationToken.None);

        app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == user.Email)).ShouldBe(1);
        await using var scope = app.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().SingleAsync(m => m.ToAddress == user.Email);
        row.SentAt.ShouldNotBeNull();
        row.Attempts.ShouldBe(1);
    }

    public sealed class SmtpApp : UrbisApp
    {
        public SmtpSink Smtp { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }
}
