namespace Figures.Tests.Support;

/// <summary>Where the repository, its dataset and the shared seed articles are, from the test binary.</summary>
public static class Paths
{
    /// <summary>The repository root (the folder with Figures.sln).</summary>
    public static string Repo { get; } = FindRepo();

    /// <summary>The committed dataset.</summary>
    public static string Dataset => Path.Combine(Repo, "figures.csv");

    /// <summary>The dotnet host running the tests, so child processes use the same runtime; else <c>dotnet</c> from PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The shared seed articles (../shared/seeds beside the repository).</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Repo, "..", "shared", "seeds"));

    /// <summary>The seeds folder; skips the test with a reason when it is absent (it is present in CI).</summary>
    public static string RequireSeeds()
    {
        if (Directory.Exists(Seeds)) return Seeds;
        if (ExternalTool.InCi) Assert.Fail($"the seed articles are missing at {Seeds}");
        Assert.Skip($"the seed articles are not at {Seeds}");
        return "";
    }

    /// <summary>An ignored folder under the repository for rendered outputs to look at.</summary>
    public static string Gallery(string name)
    {
        var folder = Path.Combine(Repo, "gallery", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A fresh temporary folder for one test.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "figures-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Figures.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Figures.sln not found above the test binary");
    }
}
