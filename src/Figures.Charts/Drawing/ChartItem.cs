namespace Figures.Charts;

/// <summary>One drawing instruction of a laid-out chart, in points from the chart's top-left corner.</summary>
public abstract record ChartItem;
