namespace Urbis.Web.Modules.Directory.Contracts;

/// <summary>What a person is for an authority. An authority has one current holder of each role.</summary>
internal enum ContactRole
{
    ElectedRepresentative,
    Coordinator,
    TechnicalContact,
    FinanceContact,
}
