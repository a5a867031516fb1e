// A PDF is known by its first bytes, whatever its name: `%PDF-`. (Readers accept a little
// junk before it; a text file that quotes `%PDF-` near its start would then be misread, so
// finsam asks for the signature at the very start.)
const SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export const isPdf = (bytes: Uint8Array): boolean => bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
