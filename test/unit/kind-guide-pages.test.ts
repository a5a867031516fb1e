// A municipality's guide page under a kind's word (`Protokoll`, `Kallelse till sammanträdet`,
// `Föredragningslista/dagordning`) tells about such papers in prose: no item, no label of a meeting,
// role or signer, no day of a meeting. It is none of them but `other`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('guide pages under a kind`s word', () => {
  it.each([
    ['Protokoll', 'Nämnden sammanträder åtta till tio gånger om året. Protokollen publiceras här som pdf-filer när de har justerats.', 'Datum anger dagen för sammanträdet.', '2024', '2023'],
    ['Kallelse till sammanträdet', 'Ordföranden ser till att kallelse skickas ut till ledamöterna i god tid före varje sammanträde.', 'Kan du inte komma ska du meddela nämndens sekreterare så snart som möjligt.'],
    ['Föredragningslista/dagordning', 'Föredragningslistan räknar upp de ärenden som nämnden ska behandla vid sammanträdet.', 'Procedurfrågor', 'Hit hör val av justerare och fastställande av föredragningslistan vid mötets början.'],
  ])('`%s` over prose alone is other', (...page) => {
    const docs = parseText(page.join('\n\n')).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['other', page[0]]]);
  });

  it.each([
    ['Hur skriver man mötesprotokoll?', 'Mötesprotokoll är en skriftlig redogörelse för vad ett möte har behandlat och beslutat.', 'Den som för protokollet antecknar de viktigaste punkterna medan mötet pågår.'],
    ['Mötesanteckning', 'Vid mindre formella möten räcker det ofta med anteckningar i stället för ett protokoll.', 'Mallen för mötesanteckningar kan anpassas efter varje enhets behov.'],
  ])('`%s`, named so by its words alone, over prose is other', (...page) => {
    const docs = parseText(page.join('\n\n')).documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });

  it('a titled page with a meeting`s day or its points stays its kind', () => {
    const notice = ['Kallelse till sammanträde', '', 'Nämnden kallas till sammanträde tisdagen den 4 mars 2025 klockan 13.00 i stadshuset.', '', 'Ärenden som ska behandlas anges nedan och handlingarna skickas ut digitalt.'];
    expect(parseText(notice.join('\n')).documents.map((d) => d.kind)).toEqual(['notice']);
    const minutes = ['Protokoll', '', 'Styrelsen diskuterade verksamhetsplanen för nästa år och dess mål i detalj.', '', '1. Val av justerare', 'Eva Ek väljs.', '', '2. Budget', 'Styrelsen beslutar att anta budgeten.'];
    expect(parseText(minutes.join('\n')).documents.map((d) => d.kind)).toEqual(['minutes']);
  });
});
