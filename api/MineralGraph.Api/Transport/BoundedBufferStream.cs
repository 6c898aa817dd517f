namespace MineralGraph.Api.Transport;

/// <summary>A memory stream that refuses to grow past a limit, so a response is measured while it is written, not after.</summary>
internal sealed class BoundedBufferStream(long limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureRoom(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureRoom(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        base.WriteByte(value);
    }

    private void EnsureRoom(int count)
    {
        if (Length + count > limit)
        {
            throw new ResponseLimitException();
        }
    }

    /// <summary>Thrown by a write that would pass the limit.</summary>
    internal sealed class ResponseLimitException() : IOException("The response passed its size limit.");
}
