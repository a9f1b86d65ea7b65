using Microsoft.AspNetCore.Mvc;
using Urbis.Web.Modules.Fees.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform;
using Urbis.Web.Platform.Localization;

namespace Urbis.Web.Modules.Fees.PublicScale;

/// <summary>
/// The published fee scale of a year (the current one by default) as a table per category, and a
/// calculator: a population (and a category or country where they matter) gives the annual fee
/// and the band that applies. Embeddable in any page, e.g. the joining page:
/// <c>@await Component.InvokeAsync("FeeScale", new { headingLevel = 3, titled = false })</c> (untitled
/// when the page gives the section its own heading). The calculator is a
/// GET form to the page it is on (its fields are prefixed "fee-" so they never clash with the page's).
/// Public because MVC only discovers public view components; its services come from the request.
/// </summary>
public sealed class FeeScaleViewComponent : ViewComponent
{
    public const string PopulationField = "fee-population";
    public const string CategoryField = "fee-category";
    public const string CountryField = "fee-country";
    public const long LargestPopulation = 100_000_000;

    public async Task<IViewComponentResult> InvokeAsync(int? year = null, int headingLevel = 2, bool titled = true)
    {
        var services = HttpContext.RequestServices;
        var scale = services.GetRequiredService<IFeeScale>();
        var shownYear = year ?? services.GetRequiredService<NetworkCalendar>().Year;
        var published = await scale.PublishedAsync(shownYear, HttpContext.RequestAborted);
        var input = new FeeCalculatorInput(Request.Query[PopulationField].ToString(), Request.Query[CategoryField].ToString(), Request.Query[CountryField].ToString());
        var model = new FeeScaleView(shownYear, published, Math.Clamp(headingLevel, 1, 5), input, titled);
        if (published is not null && input.Asked)
        {
            model = await EstimateAsync(scale, model, published, input);
        }

        return View("/Modules/Fees/PublicScale/FeeScale.cshtml", model);
    }

    private async Task<FeeScaleView> EstimateAsync(IFeeScale scale, FeeScaleView model, PublishedFeeScale published, FeeCalculatorInput input)
    {
        var categories = published.Categories.Select(c => c.Category).ToList();
        var category = categories.Count == 1 ? categories[0]
            : Enum.TryParse<MembershipCategory>(input.Category, out var chosen) && categories.Contains(chosen) ? chosen : (MembershipCategory?)null;
        if (!Money.TryParseCount(input.Population, out var population) || population is < 1 or > LargestPopulation)
        {
            return model with { Error = CalculatorError.Population };
        }

        if (category is null)
        {
            return model with { Error = CalculatorError.Category };
        }

        if (!string.IsNullOrEmpty(input.Country) && !Countries.Exists(input.Country))
        {
            return model with { Error = CalculatorError.Country };
        }

        var estimate = await scale.EstimateAsync(published.Year, category.Value, input.Country, population, HttpContext.RequestAborted);
        return model with { Estimate = estimate, Population = population, Error = estimate is null ? CalculatorError.NotPriced : null };
    }
}

internal sealed record FeeCalculatorInput(string Population, string Category, string Country)
{
    public bool Asked => Population.Length > 0 || Category.Length > 0;
}

internal sealed record FeeScaleView(int Year, PublishedFeeScale? Scale, int HeadingLevel, FeeCalculatorInput Input, bool Titled = true)
{
    public FeeEstimate? Estimate { get; init; }

    public long Population { get; init; }

    public CalculatorError? Error { get; init; }

    public bool AsksCategory => Scale is { Categories.Count: > 1 };

    public bool AsksCountry => Scale is { CountryGroups.Count: > 0 };
}

internal enum CalculatorError
{
    Population,
    Category,
    Country,
    NotPriced,
}
