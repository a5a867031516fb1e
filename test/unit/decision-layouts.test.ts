// Decisions in layouts of municipal minutes beyond the seeds (SCHEMA.md "Decision"):
// each text is invented, written in the layout of real minutes.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { isBodyHeading } from '../../src/parse/decisions/roles.js';
import { normalise } from '../../src/normalise/normalise.js';
import { paragraphs } from '../../src/text/line.js';
import { item, meetingDoc, parasOf, text } from './helpers.js';

const textsOf = (body: string): string[] => findDecisions(parasOf(body)).map((d) => d.text);

describe('a list of elected names under a decision heading, then a sentence', () => {
  it('the sentence after the names is a decision of its own', () => {
    const body = [
      'Kommunstyrelsens beslut',
      'Till styrgrupp utses:',
      'Anna Holm',
      'Bo Dahl',
      'Till sammankallande utses Anna Holm.',
    ].join('\n');
    expect(textsOf(body)).toEqual(['Till styrgrupp utses: Anna Holm Bo Dahl', 'Till sammankallande utses Anna Holm.']);
  });

  it('a sentence wrapped over two lines after the list stays one decision', () => {
    const body = [
      'Kommunstyrelsens beslut',
      'Till personalutskott för tiden 2024-01-15 till och med 2026-12-31 utses:',
      'Ordinarie',
      '(S) Lena Gran',
      '(M) Per Sjö',
      'Till ordförande utses Lena Gran och till vice ordförande utses Per',
      'Sjö.',
    ].join('\n');
    expect(textsOf(body)).toEqual([
      'Till personalutskott för tiden 2024-01-15 till och med 2026-12-31 utses: Ordinarie (S) Lena Gran (M) Per Sjö',
      'Till ordförande utses Lena Gran och till vice ordförande utses Per Sjö.',
    ]);
  });

  it('the deputies’ list after a blank line belongs to the clause that announced the list', () => {
    const body = [
      'Kommunstyrelsens beslut',
      'Till valnämnd utses:',
      'Ordinarie',
      '(C) Karl Ås',
      '(S) Mia Berg',
      '',
      'Ersättare',
      '(M) Ulf Torp',
      '(V) Siv Lund',
      'Till ordförande utses Karl Ås.',
    ].join('\n');
    expect(textsOf(body)).toEqual([
      'Till valnämnd utses: Ordinarie (C) Karl Ås (S) Mia Berg\nErsättare (M) Ulf Torp (V) Siv Lund',
      'Till ordförande utses Karl Ås.',
    ]);
  });

  it('names with their roles in lower case stay in the list', () => {
    const body = ['Beslut', 'Till arbetsgrupp utses:', 'Eva Ek', 'Per Ås, ekonomichef', 'Lisa Ström, planarkitekt'].join('\n');
    expect(textsOf(body)).toHaveLength(1);
  });
});

describe('the organ whose minutes these are decides by its own name', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Socialnämnden',
      'Sammanträdesdatum 2024-04-02',
      '',
      '§ 21 Månadsrapport mars',
      'Förvaltningen redovisar utfallet för mars.',
      '',
      'Socialnämnden godkänner månadsrapporten.',
      '',
      '§ 22 Delegationsbeslut',
      'Nämnden lägger redovisningen av delegationsbeslut till handlingarna.',
      '',
      '§ 23 Bidrag',
      'Socialnämnden beslutar att bevilja Lindö Pensionärsförening 12 000 kronor.',
      '',
      '§ 24 Remiss',
      'Kommunstyrelsen godkänner remissen i sin helhet.',
      '',
      '§ 25 Taxor',
      'Beslut',
      'Socialnämnden antar taxan för färdtjänst.',
    ),
  );
  it('`Socialnämnden godkänner …`, `Nämnden lägger … till handlingarna`, `Socialnämnden beslutar att …` in its minutes', () => {
    expect(doc.meeting?.body).toBe('socialnämnd');
    expect(item(doc, 21).decisions).toEqual([{ text: 'Socialnämnden godkänner månadsrapporten.', by: 'Socialnämnden', line: 8 }]);
    expect(item(doc, 22).decisions.map((d) => d.by)).toEqual(['Nämnden']);
    expect(item(doc, 23).decisions.map((d) => d.by)).toEqual(['Socialnämnden']);
  });
  it('another organ named in them decides nothing of this meeting', () => {
    expect(item(doc, 24).decisions).toEqual([]);
  });
  it('a clause under a plain `Beslut` heading names its organ', () => {
    expect(item(doc, 25).decisions.map((d) => d.by)).toEqual(['Socialnämnden']);
  });
});

describe('where the decision is sent, after its clauses', () => {
  it('`Expedieras till: …` on the line under the clause is no decision', () => {
    const body = ['Beslut', 'Nämnden fastställer läsårstider för 2024/2025.', 'Expedieras till: Förvaltningschef'].join('\n');
    expect(textsOf(body)).toEqual(['Nämnden fastställer läsårstider för 2024/2025.']);
  });
  it('`Beslutet expedieras till …` and `Beslutet skickas till: …` as sentences under the heading are none either', () => {
    expect(textsOf(['Beslut', 'Informationen noteras.', 'Beslutet expedieras till ekonomienheten.'].join('\n'))).toEqual(['Informationen noteras.']);
    expect(textsOf(['Styrelsens beslut', 'Styrelsen antar planen.', '', 'Beslutet skickas till: Medlemmarna'].join('\n'))).toEqual(['Styrelsen antar planen.']);
  });
});

describe('`att`-clauses joined by `samt`', () => {
  it('the joining word is no part of the clause before it', () => {
    const body = ['Nämndens beslut', 'att föreslå kommunfullmäktige att bifalla motionen, samt', 'att uppdra åt förvaltningen att återkomma med en kostnadsberäkning.'].join('\n');
    expect(textsOf(body)).toEqual(['föreslå kommunfullmäktige att bifalla motionen', 'uppdra åt förvaltningen att återkomma med en kostnadsberäkning.']);
  });
});

describe('a labelled decision, then another decision on the next line', () => {
  it('`Beslut: Informationen noteras.` / `Styrelsen beslutar även att …` are two decisions', () => {
    const body = ['Förbundschefen redovisar resultaten.', '', 'Beslut: Informationen noteras.', 'Styrelsen beslutar även att resultaten ska redovisas för medlemmarna.'].join('\n');
    expect(findDecisions(parasOf(body)).map((d) => [d.by, d.text, d.line])).toEqual([
      [null, 'Informationen noteras.', 3],
      ['Styrelsen', 'Styrelsen beslutar även att resultaten ska redovisas för medlemmarna.', 4],
    ]);
  });
  it('a sentence that goes on with the decision stays in it', () => {
    const body = 'Beslut: Styrelsen beviljar 400 000 kronor för 2025.\nMedlen betalas ut kvartalsvis.';
    expect(textsOf(body)).toEqual(['Styrelsen beviljar 400 000 kronor för 2025. Medlen betalas ut kvartalsvis.']);
  });
});

describe('more headings of the municipal template end the clauses under a decision heading', () => {
  it.each(['Skäl för beslutet', 'Beslutsmotivering', 'Barnkonsekvensanalys', 'Bakgrund och ärendebeskrivning', 'Upplysningar om ärendet', 'Behandling under sammanträdet', 'Propositionsordning och beslutsgång', 'Beslutets genomförande'])(
    '%s',
    (heading) => {
      const body = `Styrelsens beslut\nStyrelsen antar planen.\n\n${heading}\nPlanen bygger på en utredning från i våras.`;
      const paras = paragraphs(normalise(body).lines, isBodyHeading);
      expect(findDecisions(paras).map((d) => d.text)).toEqual(['Styrelsen antar planen.']);
    },
  );
});

describe('an organ named with its adjective decides in its own minutes', () => {
  it('`Tekniska nämnden beslutar att …`, `Tekniska nämnden antar …`', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2024-02-14', '', '§ 1 Budget', 'Tekniska nämnden beslutar att anta budgeten.', '', '§ 2 Plan', 'Tekniska nämnden antar planen.', '', '§ 3 Remiss', 'Kommunala pensionärsrådet godkänner remissen.'),
    );
    expect(doc.items.map((i) => i.decisions.map((d) => d.by))).toEqual([['Tekniska nämnden'], ['Tekniska nämnden'], []]);
  });
});
