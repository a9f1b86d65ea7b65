namespace Urbis.Web.Platform.Data;

/// <summary>
/// Patterns for <c>EF.Functions.Like</c> that find text anywhere, with the wildcards the person
/// typed taken literally. Compare against <c>column.ToLower()</c>: both providers lower-case.
/// </summary>
internal static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
