// A deputy's substitution written capitalised, as a table's cell or the segment after a bare
// party writes it (`Bo Ström, KD, Ersättare för Kim Berg`, `Bo Ström (KD)   Ersätter Kim Berg
// (C)`): the member served for, not an organisation `Kim Berg`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';

const read = (line: string): (string | null)[] => {
  const f = parseParticipantLine(line, { deputy: true })!;
  return [f.name, f.party, f.position, f.organisation, f.substituteFor];
};

describe('a substitution written capitalised', () => {
  it('reads the member a deputy serves for', () => {
    expect(read('Bo Ström, KD, Ersättare för Kim Berg')).toEqual(['Bo Ström', 'KD', null, null, 'Kim Berg']);
    expect(read('Bo Ström (KD)   Ersätter Kim Berg (C)')).toEqual(['Bo Ström', 'KD', null, null, 'Kim Berg']);
    expect(read('Bo Ström (KD), Tjänstgör för Kim Berg (C)')).toEqual(['Bo Ström', 'KD', null, null, 'Kim Berg']);
  });
});
