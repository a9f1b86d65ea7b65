using System.Security.Cryptography;

namespace Urbis.Web.Modules.Membership.Domain;

/// <summary>Application references: the year and six characters without look-alikes (0/O, 1/I).</summary>
internal static class ApplicationReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(int year) =>
        $"{year}-{new string(RandomNumberGenerator.GetItems<char>(Alphabet, 6))}";
}
