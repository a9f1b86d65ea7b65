namespace Urbis.Web.Modules.Membership.Contracts;

/// <summary>Public figures of the network (no names): how many members, from where.</summary>
internal interface IMembershipFigures
{
    Task<NetworkFigures> GetAsync(CancellationToken cancellationToken);
}

// Immutable: HybridCache may hand the same instance to every caller instead of a copy each.
[System.ComponentModel.ImmutableObject(true)]
internal sealed record NetworkFigures(int Members, int Countries, IReadOnlyList<CountryFigure> ByCountry);

internal sealed record CountryFigure(string CountryCode, int Members);
