using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Figures.Charts;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's subsetter (hb-subset, which the
/// HarfBuzzSharp native library carries but does not wrap). Skia's PDF backend here embeds every font file
/// whole, even where it labels it a subset: about 1.5 MB of DejaVu Sans to compress for each brief. A subset
/// keeps the glyphs of those characters with their metrics, kerning and shaping rules, so the layout is the same.
/// </summary>
internal static partial class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";

    /// <summary>The face cut down to <paramref name="codepoints"/>, or null when HarfBuzz cannot subset it.</summary>
    public static SKTypeface? Subset(SKTypeface typeface, IEnumerable<int> codepoints)
    {
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index);
        var input = SubsetInputCreate();
        if (input == IntPtr.Zero) return null;
        try
        {
            var unicodes = SubsetInputUnicodeSet(input);
            foreach (var codepoint in codepoints) SetAdd(unicodes, (uint)codepoint);
            var subset = SubsetOrFail(face.Handle, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                var subsetBlob = FaceReferenceBlob(subset);
                try
                {
                    var data = BlobGetData(subsetBlob, out var length);
                    if (data == IntPtr.Zero || length == 0) return null;
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    using var skData = SKData.CreateCopy(bytes);
                    return SKTypeface.FromData(skData);
                }
                finally
                {
                    BlobDestroy(subsetBlob);
                }
            }
            finally
            {
                FaceDestroy(subset);
            }
        }
        finally
        {
            SubsetInputDestroy(input);
        }
    }

    [LibraryImport(HarfBuzz, EntryPoint = "hb_subset_input_create_or_fail")]
    private static partial IntPtr SubsetInputCreate();

    [LibraryImport(HarfBuzz, EntryPoint = "hb_subset_input_unicode_set")]
    private static partial IntPtr SubsetInputUnicodeSet(IntPtr input);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_set_add")]
    private static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_subset_or_fail")]
    private static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_face_reference_blob")]
    private static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_get_data")]
    private static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_destroy")]
    private static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_face_destroy")]
    private static partial void FaceDestroy(IntPtr face);

    [LibraryImport(HarfBuzz, EntryPoint = "hb_subset_input_destroy")]
    private static partial void SubsetInputDestroy(IntPtr input);
}
