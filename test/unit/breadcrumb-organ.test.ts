// A web page that shows minutes under a breadcrumb trail (`Din position: Hem > Ekby stad > Ekby Hamn AB > Sammanträde
// 2011-05-02`): the company's crumb is whose meeting it is, and the organ of a company that meets is its board; an organ's
// crumb names the body and the town's before it the organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const page = (trail: string): string =>
  text(trail, '', 'Sammanträde 2011-05-02', '', '§1 Val av justerare', '', 'Att jämte ordföranden justera protokollet utsågs Kim Ros.', '', '§2 Anmälan av protokoll', '', 'Anmäldes att protokollet är justerat.');
const meetingOf = (trail: string) => parseText(page(trail)).documents[0]!.meeting!;

describe('a breadcrumb trail above the minutes', () => {
  it('names a company and its board', () => {
    const m = meetingOf('Din position: Hem > Ekby stad > Ekby Hamn AB > Sammanträde 2011-05-02');
    expect(m.organisation).toBe('Ekby Hamn AB');
    expect(m.body).toBe('styrelse');
  });
  it('names a company written with AB first, after another sign', () => {
    const m = meetingOf('Du är här: Start » Västby kommun » AB Västbyhem » Möte 2011-05-02');
    expect(m.organisation).toBe('AB Västbyhem');
    expect(m.body).toBe('styrelse');
  });
  it('names an organ and the town before it', () => {
    const m = meetingOf('Hem > Ekby kommun > Kulturnämnden > Sammanträde 2011-05-02');
    expect(m.organisation).toBe('Ekby kommun');
    expect(m.body).toBe('kulturnämnd');
  });
  it('is not read from a line with one sign', () => {
    const m = meetingOf('Ekby stad > Ekby Hamn AB');
    expect(m.organisation).toBe('Ekby stad');
  });
});
