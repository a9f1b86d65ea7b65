using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Mail;

/// <summary>When the mail server is down, messages wait and are retried with growing delays, then given up.</summary>
public sealed class OutboxRetryTests(OutboxRetryTests.UnreachableSmtpApp app) : IClassFixture<OutboxRetryTests.UnreachableSmtpApp>
{
    [Fact]
    public async Task A_failed_delivery_is_retried_after_growing_delays_then_given_up()
    {
        var user = await app.InviteAsync(Roles.PartnerExpert);
        var sender = app.Services.GetRequiredService<OutboxSender>();
        var started = app.Clock.GetUtcNow().UtcDateTime;

        (await sender.SendDueAsync(CancellationToken.None)).ShouldBe(0);
        var first = await Message(user.Email);
        first.Attempts.ShouldBe(1);
        first.SentAt.ShouldBeNull();
        first.LastError.ShouldNotBeNullOrEmpty();
        first.NextAttemptAt.ShouldBe(started + TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1));

        // Not due yet: nothing is tried.
        await sender.SendDueAsync(CancellationToken.None);
        (await Message(user.Email)).Attempts.ShouldBe(1);

        var delays = new[] { 1, 5, 30, 120, 360, 1440 };
        for (var attempt = 1; attempt <= delays.Length; attempt++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(delays[attempt - 1]));
            await sender.SendDueAsync(CancellationToken.None);
            (await Message(user.Email)).Attempts.ShouldBe(attempt + 1);
        }

        var last = await Message(user.Email);
        last.FailedAt.ShouldNotBeNull();
        app.Clock.Advance(TimeSpan.FromDays(2));
        await sender.SendDueAsync(CancellationToken.None);
        (await Message(user.Email)).Attempts.ShouldBe(delays.Length + 1);
    }

    private async Task<OutboxMessage> Message(string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.ToAddress == to);
    }

    public sealed class UnreachableSmtpApp : UrbisApp
    {
        // Nothing listens on this port: every connection is refused at once.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = SmtpSink.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Logging:LogLevel:Urbis.Web.Platform.Mail"] = "None", // the refusals are the point here
        };
    }
}
