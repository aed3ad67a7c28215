namespace Figures.Core.Validation;

/// <summary>A problem with one field of one row, before it is located in the file.</summary>
public sealed record FieldProblem(int FieldIndex, string Message);
