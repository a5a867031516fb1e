// What `parse()` accepts as its input: text, or bytes in any of the shapes JavaScript
// holds them (a Buffer, a Uint8Array, an ArrayBuffer, a DataView or another typed array).
// Anything else is not an input, and the caller gets a fatal result rather than a throw.

export function toBytes(input: unknown): Uint8Array | null {
  if (typeof input === 'string') return new TextEncoder().encode(input);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  return null;
}

/** What was passed instead of an input, for the message. */
export function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input !== 'object') return typeof input;
  const name = (input as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object';
}
