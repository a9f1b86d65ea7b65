using Microsoft.Extensions.DependencyInjection;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Modules.Fees.Invoicing;
using Urbis.Web.Platform.Identity;
using Urbis.Web.Platform.Jobs;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Mail;

/// <summary>Saving a message wakes this node's outbox sender at once (the sender is off in tests, so its signal stays up).</summary>
public sealed class OutboxSignalTests(UrbisApp app) : IClassFixture<UrbisApp>
{
    [Fact]
    public async Task Queuing_a_message_wakes_the_outbox_sender_and_only_it()
    {
        var outbox = app.Services.GetRequiredService<WorkSignal<OutboxBackgroundService>>();
        app.Services.GetRequiredService<WorkSignal<InvoiceRunWorker>>().ShouldNotBeSameAs(outbox);
        await Drain(outbox);
        var idle = outbox.WaitAsync(TimeSpan.FromHours(1), app.Clock, TestContext.Current.CancellationToken);
        idle.IsCompleted.ShouldBeFalse();

        await app.InviteAsync(Roles.PartnerExpert);

        await idle.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    private async Task Drain(WorkSignal<OutboxBackgroundService> signal) =>
        await signal.WaitAsync(TimeSpan.Zero, app.Clock, TestContext.Current.CancellationToken);
}
