namespace Urbis.Web.Modules.Public;

/// <summary>Strings of the public pages (seen as <c>L</c> in their views).</summary>
internal sealed class PublicResource;
