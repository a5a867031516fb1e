// `Beslut: Godkändes och lades till handlingarna` / `Protokollen läggs ut på hemsidan när …`: an association's minutes
// write a labelled decision on its line with no full stop, and the line under it, which opens a sentence of its own
// (a subject and its verb), is no part of it. A decision wrapped onto a line that opens in lower case goes on.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'Protokoll styrelsemöte 2024-04-13',
  '',
  'Närvarande: Eva Ek, Per Ås, Lisa Holm',
  '',
  '4. Verksamhetsberättelse 2023',
  'Beslut: Godkändes och lades till handlingarna',
  'Berättelsen läggs ut på föreningens hemsida efter årsmötet',
  '',
  '5. Budget 2024',
  'Beslut: Styrelsen fastställer budgeten med de ändringar som',
  'diskuterades under mötet',
  '',
  '6. Övrigt',
  'Beslut: Styrelsen beslutar att Lisa Holm representerar föreningen',
);

describe('a labelled decision on its line with no full stop', () => {
  const doc = meetingDoc(MINUTES);
  it('ends before a line that opens a sentence of its own', () => {
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['Godkändes och lades till handlingarna']);
  });
  it('goes on onto a line that opens in lower case', () => {
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Styrelsen fastställer budgeten med de ändringar som diskuterades under mötet']);
    expect(item(doc, 6).decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar att Lisa Holm representerar föreningen']);
  });
});
