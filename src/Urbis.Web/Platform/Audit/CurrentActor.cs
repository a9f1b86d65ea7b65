using Urbis.Web.Platform.Identity;

namespace Urbis.Web.Platform.Audit;

/// <summary>
/// Who is acting: the person <see cref="ActAs(Guid?, string)"/> names (background work a person
/// started), else the signed-in person of the current request, else a named visitor without an
/// account (an applicant, see <see cref="ActAs(HttpContext, string)"/>), else the system.
/// </summary>
internal sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public const string SystemName = "system";
    private const string VisitorKey = "urbis:actor";

    /// <summary>Names the anonymous visitor of this request in the audit log (no account, so no id).</summary>
    public static void ActAs(HttpContext context, string name) => context.Items[VisitorKey] = name;

    private static readonly AsyncLocal<(Guid? Id, string Name)?> Acting = new();

    public (Guid? Id, string Name) Get()
    {
        if (Acting.Value is { } acting)
        {
            return acting;
        }

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

    /// <summary>
    /// Records what the current flow does in the name of the person who asked for it (an invoice
    /// run started from a page and finished by a background worker), until the result is disposed.
    /// </summary>
    public static IDisposable ActAs(Guid? id, string name)
    {
        var previous = Acting.Value;
        Acting.Value = (id, name);
        return new Restore(previous);
    }

    private sealed class Restore((Guid? Id, string Name)? previous) : IDisposable
    {
        public void Dispose() => Acting.Value = previous;
    }
}
