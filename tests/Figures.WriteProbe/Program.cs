using Figures.Core.IO;

// Usage: Figures.WriteProbe TARGET
// Writes 64 KiB of TARGET's replacement through AtomicFile, says "writing" on stdout, then waits to be killed.
AtomicFile.Write(args[0], stream =>
{
    stream.Write(new byte[64 * 1024].AsSpan());
    stream.Flush();
    Console.Out.WriteLine("writing");
    Console.Out.Flush();
    Thread.Sleep(Timeout.Infinite);
});
return 0;
