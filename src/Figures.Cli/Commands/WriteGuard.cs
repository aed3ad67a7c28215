using System.CommandLine;
using Figures.Core.IO;

namespace Figures.Cli.Commands;

/// <summary>
/// What a verb hands to the one write place (<see cref="AtomicFile"/>): its inputs, its
/// <c>--force</c>, and the outputs that are its own product. Standard output is checked at once.
/// </summary>
public static class WriteGuard
{
    /// <summary>The <c>--force</c> option of a verb that writes files.</summary>
    public static Option<bool> ForceOption() => new("--force") { Description = "Replace an existing output file (an input is never replaced)" };

    /// <summary>Applies the verb's write rules until disposed; refuses at once when standard output is one of <paramref name="inputs"/>.</summary>
    public static IDisposable Use(CliContext context, IEnumerable<string?> inputs, bool force = false, IEnumerable<string>? ownOutputs = null)
    {
        var files = inputs.OfType<string>().Where(path => path != "-").ToList();
        AtomicFile.EnsureStandardOutputIsNotAnInput(context.StandardOutput, files);
        return AtomicFile.Use(new WriteRules
        {
            Inputs = files,
            Force = force,
            OwnOutputs = ownOutputs?.ToList() ?? [],
            StandardOutput = context.OpenOutBytes(),
        });
    }
}
