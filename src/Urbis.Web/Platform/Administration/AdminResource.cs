namespace Urbis.Web.Platform.Administration;

/// <summary>Strings of the administration pages and their e-mails (seen as <c>L</c> in Platform/Administration views).</summary>
internal sealed class AdminResource;
