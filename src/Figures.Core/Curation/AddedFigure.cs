using Figures.Core.Model;

namespace Figures.Core.Curation;

/// <summary>One candidate as it goes into the dataset: the figure under its new id, and the candidates line it came from.</summary>
public sealed record AddedFigure(Figure Figure, int CandidateLine, int DatasetLine);
