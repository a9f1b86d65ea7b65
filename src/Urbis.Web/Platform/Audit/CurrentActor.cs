using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Audit;

/// <summary>Who is acting: the signed-in person of the current request, or the system.</summary>
internal sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public const string SystemName = "system";

    public (Guid? Id, string Name) Get()
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated == true)
        {
            return (user.UserId(), user.DisplayName());
        }

        return (null, SystemName);
    }
}
