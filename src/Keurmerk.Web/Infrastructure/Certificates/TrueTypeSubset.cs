using System.Buffers.Binary;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Certificates;

/// <summary>
/// Makes a TrueType font small enough to embed in every PDF: the outlines of glyphs the document does
/// not draw are emptied (glyph numbers stay the same, so metrics and the character map still hold), and
/// tables a PDF reader never uses (layout, kerning, glyph names) are left out. Skia embeds the font it
/// is given as is; the two DejaVu fonts whole are 98 % of a certificate (760 KB), subset about 30 KB.
/// </summary>
public static class TrueTypeSubset
{
    // Enough for a PDF reader to draw, measure and extract the text; everything else is dropped.
    private static readonly HashSet<string> KeptTables = ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp", "loca", "glyf"];

    private const ushort ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;

    /// <summary>A copy of <paramref name="font"/> that keeps only the outlines of <paramref name="glyphs"/> (and the parts they are built from).</summary>
    public static byte[] Subset(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var loca = tables["loca"];
        var glyf = tables["glyf"].Span;
        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Span[(glyph * 4)..])
            : BinaryPrimitives.ReadUInt16BigEndian(loca.Span[(glyph * 2)..]) * 2;

        // Glyph 0 (.notdef) must always be there; composite glyphs pull in their components.
        var kept = new HashSet<int>();
        var pending = new Stack<int>(glyphs.Select(g => (int)g).Where(g => g < numGlyphs).Append(0));
        while (pending.TryPop(out var glyph))
        {
            if (!kept.Add(glyph)) continue;
            var data = glyf[Offset(glyph)..Offset(glyph + 1)];
            if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0) continue;
            var at = 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                var component = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
                if (component < numGlyphs && !kept.Contains(component)) pending.Push(component);
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                    + ((flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
            } while ((flags & MoreComponents) != 0 && at + 4 <= data.Length);
        }

        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var glyph = 0; glyph < numGlyphs; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyph * 4), (uint)newGlyf.Length);
            if (!kept.Contains(glyph)) continue;
            newGlyf.Write(glyf[Offset(glyph)..Offset(glyph + 1)]);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // loca now holds 32-bit offsets

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables)
            if (KeptTables.Contains(tag)) output[tag] = data.ToArray();
        output["head"] = head;
        output["loca"] = newLoca;
        output["glyf"] = newGlyf.ToArray();
        output["post"] = PostWithoutGlyphNames(tables["post"].Span);
        return Write(output);
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(ReadOnlySpan<byte> font)
    {
        var copy = font.ToArray();
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font[(12 + i * 16)..];
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = copy.AsMemory(offset, length);
        }
        foreach (var required in new[] { "head", "maxp", "loca", "glyf", "post" })
            if (!tables.ContainsKey(required)) throw new InvalidDataException($"Not a TrueType font with outlines: no '{required}' table.");
        return tables;
    }

    /// <summary>Format 3 of the post table: the same metrics, no glyph names (a third of DejaVu's size).</summary>
    private static byte[] PostWithoutGlyphNames(ReadOnlySpan<byte> post)
    {
        var header = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = (ushort)tables.Count;
        var entrySelector = (ushort)Math.Floor(Math.Log2(count));
        var searchRange = (ushort)(16 * (1 << entrySelector));
        var headerLength = 12 + 16 * count;
        var output = new byte[headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3)];
        BinaryPrimitives.WriteUInt32BigEndian(output, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(count * 16 - searchRange));

        tables["head"].AsSpan(8, 4).Clear(); // checkSumAdjustment is computed over the whole file with it at zero
        var offset = headerLength;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = output.AsSpan(12 + index++ * 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(output, offset);
            if (tag == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var b = 0; b < 4; b++) word = (word << 8) | (i + b < data.Length ? data[i + b] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
