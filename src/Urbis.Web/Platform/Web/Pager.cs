namespace Urbis.Web.Platform.Web;

/// <summary>
/// Page links of a long list, rendered by <c>_Pager.cshtml</c>. Numbered when the number of pages
/// is known; only "previous" and "next" when counting would cost too much (the audit log).
/// The caller passes the texts, already in the reader's language.
/// </summary>
internal sealed record Pager(int Page, int? PageCount, bool HasNext, Func<int, string> Href, PagerTexts Texts)
{
    public bool HasPrevious => Page > 1;

    public bool IsNeeded => HasPrevious || HasNext;

    /// <summary>The first, the last and two either side of the current page; null marks a gap.</summary>
    public IReadOnlyList<int?> Numbers()
    {
        if (PageCount is not { } count)
        {
            return [Page];
        }

        var shown = Enumerable.Range(1, count).Where(n => n == 1 || n == count || Math.Abs(n - Page) <= 2).ToList();
        var numbers = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                numbers.Add(null);
            }

            numbers.Add(shown[i]);
        }

        return numbers;
    }
}

/// <param name="Label">What the navigation is for, e.g. "Pages of accounts" (its aria-label).</param>
/// <param name="PageLabel">The accessible name of one page link, e.g. "Page 3".</param>
internal sealed record PagerTexts(string Label, string Previous, string Next, Func<int, string> PageLabel);
