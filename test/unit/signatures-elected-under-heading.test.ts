// Adjusters elected in a point whose heading says the election (`Val av justeringsperson`) and
// whose body only names them (`Mia Berg`, `Beslut: Olle Ek`), or says it with `som`
// (`Att utse Olle Ek som protokolljusterare`), or elects them to another task first
// (`att utse Kim Dahl till rapportör … samt till att, jämte ordförandena, justera protokollet`).
// Read where no signature names them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notes = (heading: string, body: string): string => `Protokoll 220915

Närvarande: Anna Ny, Olle Ek, Mia Berg, Kim Dahl

1. Ordförande öppnar mötet
Ordförande Anna Ny öppnade mötet

2. ${heading}
${body}

3. Godkännande av dagordning
Dagordningen godkändes

4. Övrigt
Inga övriga frågor
`;

describe('adjusters elected under a heading of the election', () => {
  it('reads a name alone under `Val av justeringsperson`', () => {
    expect(meetingDoc(notes('Val av justeringsperson', 'Mia Berg')).signatures?.adjusters).toEqual(['Mia Berg']);
  });

  it('reads `Beslut: NAME` under `Val av justerare`', () => {
    expect(meetingDoc(notes('Val av justerare', 'Beslut: Olle Ek')).signatures?.adjusters).toEqual(['Olle Ek']);
  });

  it('reads two names alone under `Val av två justerare`', () => {
    expect(meetingDoc(notes('Val av två justerare', 'Olle Ek och Mia Berg')).signatures?.adjusters).toEqual(['Olle Ek', 'Mia Berg']);
  });

  it('reads `Att utse NAME som protokolljusterare`', () => {
    expect(meetingDoc(notes('Val av protokolljusterare', 'Att utse Olle Ek som protokolljusterare')).signatures?.adjusters).toEqual(['Olle Ek']);
  });

  it('reads `att utse NAME till another task samt till att, jämte ordförandena, justera protokollet`', () => {
    const doc = meetingDoc(notes('Val av justerare och rapportör', 'Beslut\n\natt utse Kim Dahl till rapportör till medlemsbladet samt till att, jämte ordförandena, justera protokollet.'));
    expect(doc.signatures?.adjusters).toEqual(['Kim Dahl']);
  });

  it('takes no name alone under a heading of another election', () => {
    expect(meetingDoc(notes('Val av kassör', 'Mia Berg')).signatures).toBeNull();
  });

  it('takes no sentence under the heading for a name', () => {
    expect(meetingDoc(notes('Val av justerare', 'Ingen justerare valdes')).signatures).toBeNull();
  });
});

describe('a name alone under a heading of two elections', () => {
  it('is not read as an adjuster under `Val av ordförande och justerare`', () => {
    expect(meetingDoc(notes('Val av ordförande och justerare', 'Mia Berg')).signatures).toBeNull();
  });

  it('is read under `Val av en person att jämte ordföranden justera protokollet`', () => {
    expect(meetingDoc(notes('Val av en person att jämte ordföranden justera protokollet', 'Mia Berg')).signatures?.adjusters).toEqual(['Mia Berg']);
  });
});
