namespace Urbis.Web.Platform.Content;

/// <summary>Strings of the page-text editor (seen as <c>L</c> in its views).</summary>
internal sealed class ContentResource;
