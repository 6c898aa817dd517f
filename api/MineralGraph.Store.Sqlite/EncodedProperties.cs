using System.Buffers;
using System.Text.Json;

namespace MineralGraph.Store.Sqlite;

/// <summary>
/// The properties of many records as UTF-8 JSON, one object after another in one buffer: what a
/// bulk import binds, encoded ahead (on another core while SQLite is busy) without a string or a
/// buffer per record.
/// </summary>
internal sealed class EncodedProperties
{
    private readonly ArrayBufferWriter<byte> _bytes;
    private readonly int[] _ends;

    private EncodedProperties(ArrayBufferWriter<byte> bytes, int[] ends)
    {
        _bytes = bytes;
        _ends = ends;
    }

    /// <summary>The JSON object of the record at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.WrittenSpan[(index == 0 ? 0 : _ends[index - 1]).._ends[index]];

    /// <summary>Encodes each record's properties, leaving out <paramref name="skip"/> (as <see cref="PropertyCodec.Serialize"/> does).</summary>
    public static EncodedProperties Encode<T>(IReadOnlyList<T> records, Func<T, IReadOnlyDictionary<string, object?>> properties, string? skip, CancellationToken cancellationToken)
    {
        var bytes = new ArrayBufferWriter<byte>(records.Count * 64 + 1);
        var ends = new int[records.Count];
        using var writer = new Utf8JsonWriter(bytes, PropertyCodec.WriterOptions);
        for (var i = 0; i < records.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            PropertyCodec.Write(writer, properties(records[i]), skip);
            writer.Flush();
            writer.Reset();
            ends[i] = bytes.WrittenCount;
        }

        return new EncodedProperties(bytes, ends);
    }
}
