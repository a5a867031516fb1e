// Numbers as en-US writes them (`1,203`, `4.1`), without Intl: the first Intl.NumberFormat
// loads ICU's locale data, which cost every `finsam` start 14 ms.

function group(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** A whole number with thousands separators: `1,203`. */
export function count(n: number): string {
  const whole = Math.round(n);
  return (whole < 0 ? '-' : '') + group(String(Math.abs(whole)));
}

/** A number to one decimal: `4.1`, `1,234.5`. */
export function tenths(x: number): string {
  const t = Math.round(Math.abs(x) * 10);
  return (x < 0 && t > 0 ? '-' : '') + group(String(Math.floor(t / 10))) + '.' + String(t % 10);
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

/** A size as people read it: `512 bytes`, `19.5 KiB`, `32 MiB` (powers of 1024, as --max-bytes takes them). */
export function size(bytes: number): string {
  if (bytes < 1024) return `${count(bytes)} byte${bytes === 1 ? '' : 's'}`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = tenths(value);
  return `${text.endsWith('.0') ? text.slice(0, -2) : text} ${UNITS[unit]}`;
}

/** A limit as given: `32 MiB` when it is a whole number of a unit, else its bytes (`20,000 bytes`). */
export function limit(bytes: number): string {
  for (let unit = UNITS.length - 1; unit >= 0; unit--) {
    const n = bytes / 1024 ** (unit + 1);
    if (n >= 1 && Number.isInteger(n)) return `${count(n)} ${UNITS[unit]}`;
  }
  return `${count(bytes)} byte${bytes === 1 ? '' : 's'}`;
}

/** `32M`, `512k`, `1.5G`, `32MiB`, `20000` → bytes; undefined when it is no size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const power = ' kmgt'.indexOf(m[2]!.toLowerCase() || ' ');
  const bytes = Math.round(Number(m[1]) * 1024 ** power);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
