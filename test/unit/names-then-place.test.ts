// A front page flattened column by column whose value column lost one line break: the
// adjusters and the adjusting's place and date stand on one line under the labels.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { namesThenPlace } from '../../src/segment/frontpage/names-then-place.js';
import { meetingDoc, text } from './helpers.js';

describe('the adjusters and the adjusting on one value line', () => {
  it('cuts the names from the place and date after them', () => {
    expect(namesThenPlace('Erik Malm och Anna Holm Socialkontoret 2025-04-25')).toEqual({ names: 'Erik Malm och Anna Holm', rest: 'Socialkontoret 2025-04-25' });
    expect(namesThenPlace('Eva Holm Berg, Lars Ek Kommunhuset 3 maj 2025')).toEqual({ names: 'Eva Holm Berg, Lars Ek', rest: 'Kommunhuset 3 maj 2025' });
    // names alone, or names and no date after them, are no such line
    expect(namesThenPlace('Erik Malm och Anna Holm')).toBeNull();
    expect(namesThenPlace('Erik Malm Socialkontoret')).toBeNull();
    expect(namesThenPlace('Socialkontoret 2025-04-25')).toBeNull();
  });

  it('gives the adjusters, the adjusting date and the place each to its label', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2025-04-22', '',
        'Plats och tid', 'Beslutande', 'Utses att justera', 'Justeringens plats och tid', 'Paragrafer',
        'Socialkontoret, kl 18.00-20.10',
        'Se bifogad närvarolista',
        'Erik Malm och Anna Holm Socialkontoret 2025-04-25',
        '§§ 40-46', '',
        '§ 40', 'Val av justerare', 'Nämnden utser Erik Malm och Anna Holm att justera protokollet.',
      ),
    );
    expect(doc.meeting).toMatchObject({ location: 'Socialkontoret', startTime: '18:00', endTime: '20:10', paragraphs: { from: 40, to: 46 } });
    expect(doc.signatures).toMatchObject({ adjusters: ['Erik Malm', 'Anna Holm'], adjustedOn: '2025-04-25' });
  });

  it('takes a party after each name, and a day and month without the year', () => {
    expect(namesThenPlace('Olle Strand (M) och Sara Vik (S) Stadshuset 2025-02-11')).toEqual({ names: 'Olle Strand (M) och Sara Vik (S)', rest: 'Stadshuset 2025-02-11' });
    expect(namesThenPlace('Lena Ås (KD), Per Nord (c) Stadshuset 11 februari')).toEqual({ names: 'Lena Ås (KD), Per Nord (c)', rest: 'Stadshuset 11 februari' });
    expect(namesThenPlace('Mona Berg (C) Förvaltningen 6 mars kl 10.00')).toEqual({ names: 'Mona Berg (C)', rest: 'Förvaltningen 6 mars kl 10.00' });
    // (a share or a number after the place is no date)
    expect(namesThenPlace('Mona Berg (C) Förvaltningen 6/3')).toBeNull();
    expect(namesThenPlace('Mona Berg (C) Förvaltningen')).toBeNull();
  });

  it('gives a single adjuster with a party and an adjusting day without its year to their labels', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kultur- och fritidsnämnden', 'Sammanträdesdatum 2025-03-04', '',
        'Plats och tid', 'Beslutande', 'Utses att justera', 'Justeringens plats och tid', 'Underskrifter', 'Paragrafer',
        'Folkets hus, kl 09.00-11.45',
        'Se bifogad närvarolista',
        'Mona Berg (C) Förvaltningen 6 mars',
        '§§ 12-19', '',
        '§ 12', 'Val av justerare', 'Nämnden utser en ledamot att justera protokollet.',
      ),
    );
    expect(doc.meeting).toMatchObject({ location: 'Folkets hus', startTime: '09:00', endTime: '11:45', paragraphs: { from: 12, to: 19 } });
    expect(doc.signatures).toMatchObject({ adjusters: ['Mona Berg'] });
  });
});
