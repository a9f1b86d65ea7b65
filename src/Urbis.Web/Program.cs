using Urbis.Web.Modules.Directory;
using Urbis.Web.Modules.Fees;
using Urbis.Web.Modules.Membership;
using Urbis.Web.Modules.Public;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Administration;
using Urbis.Web.Platform.Content;
using Urbis.Web.Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddAdministration();
builder.AddContent();
builder.AddPublicPages();
builder.AddDirectory();
builder.AddMembership();
builder.AddFees();

var app = builder.Build();
if (await Commands.TryRunAsync(app, args))
{
    return;
}

app.UsePlatform();
app.MapPlatform();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The web application's entry point (public for the test hosts).</summary>
public partial class Program;
