using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Urbis.IntegrationTests.Infrastructure;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Identity.Account.PasswordReset;
using Urbis.Web.Platform.Mail;

namespace Urbis.IntegrationTests.Account;

/// <summary>Urbis without the background handler of reset requests: they stay queued until a test handles them.</summary>
public sealed class HeldResetRequestsApp : UrbisApp
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        var processor = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ResetRequestProcessor));
        services.Remove(processor);
    }
}

/// <summary>
/// A reset request is answered before it is handled, so neither the answer nor its time depends on
/// whether an account uses the address; it is handled just after, by the background processor.
/// </summary>
public sealed class ForgotPasswordQueueTests(HeldResetRequestsApp app) : IClassFixture<HeldResetRequestsApp>
{
    [Fact]
    public async Task The_answer_comes_before_the_request_is_handled_and_the_link_follows()
    {
        var user = await app.AccountAsync();

        var answer = await PasswordResetTests.RequestAsync(app.NewClient(), user.Email);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Text.ShouldContain("we have sent it a link");
        (await QueuedMailsToAsync(user.Email)).ShouldBe(0);

        using var processor = ActivatorUtilities.CreateInstance<ResetRequestProcessor>(app.Services);
        await processor.StartAsync(CancellationToken.None);
        try
        {
            var mail = await app.LastMailToAsync(user.Email);
            mail.Link("/account/reset-password").ShouldContain($"user={user.Id}");
        }
        finally
        {
            await processor.StopAsync(CancellationToken.None);
        }
    }

    private async Task<int> QueuedMailsToAsync(string address)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.ToAddress == address && m.Kind == ForgotPasswordHandler.MailKind);
    }
}
