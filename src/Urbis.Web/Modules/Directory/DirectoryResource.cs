namespace Urbis.Web.Modules.Directory;

/// <summary>Strings of the Directory's pages: the members' home and an authority's people (seen as <c>L</c> in their views).</summary>
internal sealed class DirectoryResource;
