using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Figures.Benchmarks.ChartBenchmarks).Assembly).Run(args);
