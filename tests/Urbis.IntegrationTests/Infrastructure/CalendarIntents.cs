using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Platform;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>The network's calendar as the app configures it (its time zone), on the tests' clock.</summary>
public partial class UrbisApp
{
    internal NetworkCalendar Calendar => Services.GetRequiredService<NetworkCalendar>();

    /// <summary>The network's date today.</summary>
    public DateOnly Today => Calendar.Today;

    /// <summary>The network's year today.</summary>
    public int ThisYear => Calendar.Year;
}
