// Officials run on as `Name, position, §§` entries with the § sign lost (`Mia Falk, sektionschef, 81 Eva Ros,
// kvalitetsutvecklare, 81 Wolfram Dahl, avdchef, 81`): the bare number before a name closes the entry before it, after its
// position, as `§ 81 Eva Ros` does; it is no part of the next person. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'SAMMANTRÄDESPROTOKOLL', 'Socialnämnden 2016-05-24', '', front, '', '§ 78 Fastställande av dagordning', 'Dagordningen fastställs.',
  '', '§ 82 Information', 'Informationen noteras.',
));
const others = (front: string) => doc(front).participants.filter((p) => p.role === 'other').map((p) =>
  `${p.name}|${p.organisation ?? '-'}|${p.position ?? '-'}|${p.paragraphs ? `${p.paragraphs.from}-${p.paragraphs.to}` : '-'}`);

describe('a bare § number before a name closes the entry before', () => {
  it('each official keeps their position and their §', () => {
    expect(others('Beslutande Anna Berg (S), ordförande, Per Ek (M) Tjänstemän Jon Dahl, socialchef, Mia Falk, sektionschef, 81 Eva Ros, kvalitetsutvecklare, 81 Wolfram Dahl, avdchef, 81 Lena Sjö, sekreterare')).toEqual([
      'Jon Dahl|-|socialchef|-', 'Mia Falk|-|sektionschef|81-81', 'Eva Ros|-|kvalitetsutvecklare|81-81', 'Wolfram Dahl|-|avdchef|81-81', 'Lena Sjö|-|sekreterare|-',
    ]);
  });
});
