namespace Urbis.Web.Modules.Membership;

/// <summary>Strings of the joining pages, the secretariat's application pages and the members' membership page (seen as <c>L</c>).</summary>
internal sealed class MembershipResource;
