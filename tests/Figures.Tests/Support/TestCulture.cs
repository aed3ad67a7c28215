using System.Globalization;
using System.Runtime.CompilerServices;

namespace Figures.Tests.Support;

/// <summary>
/// Runs the whole suite under the culture named by FIGURES_TEST_CULTURE (test.sh sets tr-TR,
/// de-DE and ar-SA in turn), so any culture-sensitive parsing or formatting fails a test.
/// </summary>
public static class TestCulture
{
    /// <summary>The culture the suite was asked to run under, or null for the machine default.</summary>
    public static string? Requested => Environment.GetEnvironmentVariable("FIGURES_TEST_CULTURE");

#pragma warning disable CA2255 // a module initializer is the one hook that runs before every test
    [ModuleInitializer]
    internal static void Apply()
    {
        if (Requested is not { Length: > 0 } name) return;
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
#pragma warning restore CA2255
}
