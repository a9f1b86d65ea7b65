using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Audit;

/// <summary>
/// Who is acting: the signed-in person of the current request, a named visitor without an account
/// (e.g. an applicant, see <see cref="ActAs"/>), or the system.
/// </summary>
internal sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public const string SystemName = "system";
    private const string VisitorKey = "urbis:actor";

    /// <summary>Names the anonymous visitor of this request in the audit log (no account, so no id).</summary>
    public static void ActAs(HttpContext context, string name) => context.Items[VisitorKey] = name;

    public (Guid? Id, string Name) Get()
    {
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated == true)
        {
            return (user.UserId(), user.DisplayName());
        }

        if (accessor.HttpContext?.Items[VisitorKey] is string visitor)
        {
            return (null, visitor);
        }

        return (null, SystemName);
    }
}
