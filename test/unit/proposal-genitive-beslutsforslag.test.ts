// `Kommundirektörens beslutsförslag` over an item's proposal, as a heading or a label with its colon: the proposal is
// the text under it or after the colon, without the label's words (as `Kommundirektörens förslag till beslut` reads).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'PROTOKOLL',
  'Kommunstyrelsen 2024-03-05',
  '',
  '§ 12 Budget 2025',
  '',
  'Kommundirektörens beslutsförslag',
  'Kommunstyrelsen fastställer budgetramarna för 2025.',
  '',
  'Beslut',
  'Kommunstyrelsen fastställer budgetramarna för 2025.',
  '',
  '§ 13 Övrigt',
  '',
  'Förvaltningens beslutsförslag: Informationen läggs till handlingarna.',
  '',
  'Beslut',
  'Informationen läggs till handlingarna.',
);

describe('a genitive before `beslutsförslag`', () => {
  it('heads the proposal under it', () => {
    expect(item(meetingDoc(MINUTES), 12).proposal).toBe('Kommunstyrelsen fastställer budgetramarna för 2025.');
  });
  it('labels the proposal after its colon', () => {
    expect(item(meetingDoc(MINUTES), 13).proposal).toBe('Informationen läggs till handlingarna.');
  });
});
