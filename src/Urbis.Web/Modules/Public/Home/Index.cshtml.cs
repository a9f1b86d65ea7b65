using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Public.Home;

/// <summary>The public home page. Anyone.</summary>
[AllowAnonymous]
internal sealed class IndexModel(IMembershipFigures figures, IOptions<PlatformOptions> platform) : PageModel
{
    internal NetworkFigures Figures { get; private set; } = new(0, 0, []);

    public string NetworkName => platform.Value.NetworkName;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string HomeForUser => Homes.For(User);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await figures.GetAsync(cancellationToken);
}
