namespace Urbis.Web.Modules.Directory.Contracts;

/// <summary>What kind of body an authority is.</summary>
internal enum AuthorityType
{
    Municipality,
    City,
    MetropolitanArea,
    ProvinceOrCounty,
    Region,
    NationalForum,
    PartnerOrganisation,
    Other,
}
