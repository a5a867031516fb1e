// A body's archive page lists its minutes a line each, by year and day (`2024` / `Protokoll
// direktionen 2024-05-16` / `2024-02-15`), with no item and no label of a meeting: no minutes of one
// meeting but `other`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('archive pages listing minutes', () => {
  it('a list of days under `Protokoll` is other', () => {
    const page = ['Protokoll och handlingar', '', 'Här publiceras direktionens protokoll efter justering.', '', 'Justerade protokoll', '', '2024', '', '2024-02-15', '2024-05-16', '2024-09-26', '', '2023', '2023-11-23'];
    expect(parseText(page.join('\n')).documents.map((d) => d.kind)).toEqual(['other']);
  });

  it('a list of titled minutes under another heading is other', () => {
    const page = ['Politik', '', 'Direktionen är förbundets högsta beslutande organ.', '', '2024', '', 'Protokoll direktionen 2024-05-16', '', 'Protokoll direktionen 2024-02-15', '', '2023', '', 'Protokoll direktionen 2023-11-23'];
    expect(parseText(page.join('\n')).documents.map((d) => d.kind)).toEqual(['other']);
  });

  it('minutes with their day over their §§ stay minutes', () => {
    const minutes = ['Protokoll direktionen 2024-05-16', '', '§ 12 Val av justerare', 'Eva Ek väljs.', '', '§ 13 Budget', 'Direktionen beslutar att anta budgeten.'];
    expect(parseText(minutes.join('\n')).documents.map((d) => d.kind)).toEqual(['minutes']);
  });
});
