namespace Urbis.Web.Platform.Identity.Sessions;

/// <summary>
/// The key of the session the current request belongs to (set by the ticket store when it reads
/// or stores the session). The key is a bearer secret: compare with it, never show it.
/// </summary>
internal static class CurrentSession
{
    private static readonly object ItemKey = new();

    public static string? Key(HttpContext context) => context.Items[ItemKey] as string;

    internal static void Set(HttpContext context, string key) => context.Items[ItemKey] = key;
}
