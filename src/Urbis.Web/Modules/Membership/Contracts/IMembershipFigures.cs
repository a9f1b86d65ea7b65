namespace Urbis.Web.Modules.Membership.Contracts;

/// <summary>Public figures of the network (no names): how many members, from where.</summary>
internal interface IMembershipFigures
{
    Task<NetworkFigures> GetAsync(CancellationToken cancellationToken);
}

internal sealed record NetworkFigures(int Members, int Countries, IReadOnlyList<CountryFigure> ByCountry);

internal sealed record CountryFigure(string CountryCode, int Members);
