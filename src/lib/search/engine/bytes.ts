/** Growable byte buffer and reader for the index's binary files: unsigned varints and UTF-8 strings. */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Longest string read by the ASCII shortcut of {@link ByteReader.string} (a bound for `apply`'s arguments). */
const asciiLimit = 64;

/** Appends varints, bytes and strings; `bytes()` gives the result. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** An unsigned integer below 2^53, 7 bits per byte, low bits first. */
  varint(value: number): void {
    this.room(8);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.buffer[this.length++] = value;
  }

  /** One byte (0–255). */
  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value;
  }

  /** Raw bytes. */
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A string as its UTF-8 byte length then bytes. */
  string(text: string): void {
    const bytes = encoder.encode(text);
    this.varint(bytes.length);
    this.raw(bytes);
  }

  /** Bytes written so far (a copy). */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what a {@link ByteWriter} wrote, in the same order. */
export class ByteReader {
  offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** True when every byte has been read. */
  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  /** The next varint. */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new Error('search index: truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** The next byte. */
  byte(): number {
    const byte = this.bytes[this.offset++];
    if (byte === undefined) throw new Error('search index: truncated byte');
    return byte;
  }

  /** The next `length` bytes (a view, not a copy). */
  raw(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new Error('search index: truncated bytes');
    const view = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return view;
  }

  /** The next string. */
  string(): string {
    const bytes = this.raw(this.varint());
    // Short ASCII strings (nearly every index term) without the decoder, whose per-call cost is most
    // of decoding a bucket's hundreds of terms.
    if (bytes.length <= asciiLimit) {
      let ascii = true;
      for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) ascii = false;
      if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
    }
    return decoder.decode(bytes);
  }
}
