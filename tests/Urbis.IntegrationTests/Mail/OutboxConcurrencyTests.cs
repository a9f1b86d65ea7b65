using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Mail;

/// <summary>Several senders (as on several web nodes) deliver each message exactly once.</summary>
public sealed class OutboxConcurrencyTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Concurrent_senders_deliver_each_message_once()
    {
        for (var i = 0; i < 12; i++)
        {
            await app.InviteAsync(Roles.PartnerExpert, email: $"concurrent{i}@test.urbis.localhost");
        }

        var sender = app.Services.GetRequiredService<OutboxSender>();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => sender.SendDueAsync(CancellationToken.None))));

        results.Sum().ShouldBe(12);
        var files = Directory.GetFiles(app.MailFolder, "*.eml");
        files.Length.ShouldBe(12);
    }
}
