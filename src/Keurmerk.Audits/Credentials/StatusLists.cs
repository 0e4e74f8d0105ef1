using System.IO.Compression;

namespace Keurmerk.Audits.Credentials;

/// <summary>The two Bitstring Status Lists (W3C) every credential has an entry in.</summary>
public static class StatusLists
{
    public const string Revocation = "revocation";
    public const string Suspension = "suspension";

    public static readonly string[] Purposes = [Revocation, Suspension];

    /// <summary>
    /// Entries per list: 2^20, eight times the spec's minimum of 131,072 (16 KB) for herd privacy, so that
    /// random allocation stays cheap with hundreds of thousands of certificates over the years. Fixed:
    /// issued credentials point into lists of this length.
    /// </summary>
    public const int Length = 1 << 20;

    /// <summary>The bitstring with the given positions set; index 0 is the left-most (most significant) bit of the first byte.</summary>
    public static byte[] Bits(IEnumerable<int> setIndexes)
    {
        var bits = new byte[Length / 8];
        foreach (var index in setIndexes)
        {
            if (index is < 0 or >= Length) throw new ArgumentOutOfRangeException(nameof(setIndexes), index, "outside the status list");
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }
        return bits;
    }

    public static bool IsSet(byte[] bits, int index) =>
        index >= 0 && index < bits.Length * 8 && (bits[index / 8] & (0x80 >> (index % 8))) != 0;

    /// <summary>The spec's encodedList: GZIP-compressed, base64url without padding, with the multibase prefix "u".</summary>
    public static string Encode(byte[] bits)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bits);
        return "u" + Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The inverse of <see cref="Encode"/>; throws <see cref="FormatException"/> on anything that is not an encoded list.</summary>
    public static byte[] Decode(string encodedList)
    {
        if (!encodedList.StartsWith('u')) throw new FormatException("encodedList has no multibase base64url prefix 'u'");
        var base64 = encodedList[1..].Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
            using var output = new MemoryStream();
            // A hostile list could be a gzip bomb: read no more than a list of the largest length we accept.
            var chunk = new byte[8192];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                output.Write(chunk, 0, read);
                if (output.Length > Length / 8 * 4) throw new FormatException("encodedList is larger than any status list we publish");
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("encodedList is not GZIP-compressed", e);
        }
    }
}
