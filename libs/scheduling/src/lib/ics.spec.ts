import * as icalModule from 'ical.js';
import { buildCalendar, IcsEvent } from './ics-calendar';
import { escapeText, foldLine, paramValue } from './ics-text';
import { buildVTimezone } from './vtimezone';

// ical.js ships CommonJS without a default export at run time, while its types declare one.
const ICAL =
  (icalModule as unknown as { default?: typeof icalModule.default }).default ??
  (icalModule as unknown as typeof icalModule.default);

const octets = (s: string) => new TextEncoder().encode(s).length;

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing in the parsed calendar');
  return value;
}

describe('text primitives', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('quotes parameter values that need it and drops double quotes', () => {
    expect(paramValue('Ana Pérez')).toBe('Ana Pérez');
    expect(paramValue('Pérez, Ana')).toBe('"Pérez, Ana"');
    expect(paramValue('say "hi"')).toBe("say 'hi'");
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = 'DESCRIPTION:' + 'ñ'.repeat(100);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const physical of folded) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('UID:abc@cumbre')).toBe('UID:abc@cumbre');
  });
});

describe('buildCalendar', () => {
  const event: IcsEvent = {
    uid: 'f3a1@cumbre',
    sequence: 3,
    dtStamp: new Date('2026-11-01T12:00:00Z'),
    startsAt: new Date('2026-12-05T14:00:00Z'),
    endsAt: new Date('2026-12-05T22:00:00Z'),
    timeZone: 'America/Lima',
    summary: 'Cumbre de Seguridad Ciudadana — Macro-región Norte',
    description: 'Agenda: extorsión; secuestro, y robo.\nSegunda línea.',
    location: 'Centro de Convenciones, Av. Grau 123, Piura',
    url: 'https://cumbre.example/app/reuniones/f3a1',
    status: 'CONFIRMED',
    organizer: { name: 'Lucía Quispe', uri: 'mailto:lucia@pcm.example' },
    attendees: [
      {
        name: 'Jorge Chávez',
        uri: 'mailto:jorge@piura.example',
        partStat: 'ACCEPTED',
        cuType: 'INDIVIDUAL',
        agencyName: 'Gobierno Regional de Piura',
      },
      { name: 'Gobierno Regional de Tumbes', uri: 'urn:uuid:0b7c', partStat: 'NEEDS-ACTION', cuType: 'GROUP' },
    ],
  };

  it('produces CRLF lines no longer than 75 octets', () => {
    const text = buildCalendar({ method: 'PUBLISH', events: [event] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('is read back by an independent parser with the same values', () => {
    const text = buildCalendar({ method: 'REQUEST', name: 'Mis reuniones', events: [event] });
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const tz = new ICAL.Timezone(must(cal.getFirstSubcomponent('vtimezone')));
    ICAL.TimezoneService.register(tz, 'America/Lima');
    const vevent = new ICAL.Event(must(cal.getFirstSubcomponent('vevent')));
    expect(vevent.uid).toBe('f3a1@cumbre');
    expect(vevent.sequence).toBe(3);
    expect(vevent.summary).toBe(event.summary);
    expect(vevent.description).toBe(event.description);
    expect(vevent.location).toBe(event.location);
    expect(vevent.startDate.zone.tzid).toBe('America/Lima');
    expect(must(must(cal.getFirstSubcomponent('vevent')).getFirstProperty('dtstart')).getParameter('tzid')).toBe(
      'America/Lima',
    );
    expect(vevent.startDate.toString()).toBe('2026-12-05T09:00:00');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-12-05T14:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-12-05T22:00:00.000Z');
    const ev = must(cal.getFirstSubcomponent('vevent'));
    expect(ev.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(ev.getFirstPropertyValue('url')).toBe(event.url);
    const organizer = must(ev.getFirstProperty('organizer'));
    expect(organizer.getFirstValue()).toBe('mailto:lucia@pcm.example');
    expect(organizer.getParameter('cn')).toBe('Lucía Quispe');
    const attendees = ev.getAllProperties('attendee');
    expect(attendees.map((a) => [a.getFirstValue(), a.getParameter('partstat'), a.getParameter('cutype')])).toEqual([
      ['mailto:jorge@piura.example', 'ACCEPTED', 'INDIVIDUAL'],
      ['urn:uuid:0b7c', 'NEEDS-ACTION', 'GROUP'],
    ]);
  });

  it('converts times correctly across a daylight-saving change (Europe/Madrid)', () => {
    const summer = {
      ...event,
      uid: 's@cumbre',
      timeZone: 'Europe/Madrid',
      startsAt: new Date('2026-07-01T08:00:00Z'),
      endsAt: new Date('2026-07-01T09:00:00Z'),
    };
    const winter = {
      ...event,
      uid: 'w@cumbre',
      timeZone: 'Europe/Madrid',
      startsAt: new Date('2026-12-01T08:00:00Z'),
      endsAt: new Date('2026-12-01T09:00:00Z'),
    };
    const cal = new ICAL.Component(ICAL.parse(buildCalendar({ events: [summer, winter] })));
    const tz = new ICAL.Timezone(must(cal.getFirstSubcomponent('vtimezone')));
    ICAL.TimezoneService.register(tz, 'Europe/Madrid');
    const [s, w] = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(s.startDate.toString()).toBe('2026-07-01T10:00:00');
    expect(s.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(w.startDate.toString()).toBe('2026-12-01T09:00:00');
    expect(w.startDate.toJSDate().toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });
});

describe('buildVTimezone', () => {
  it('is one STANDARD observance at UTC-5 for Lima', () => {
    const lines = buildVTimezone('America/Lima', new Date('2026-12-05T14:00:00Z'), new Date('2026-12-05T22:00:00Z'));
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Lima',
      'X-LIC-LOCATION:America/Lima',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('has a DAYLIGHT observance starting at 02:00 local on the last Sunday of March in Madrid', () => {
    const text = buildVTimezone(
      'Europe/Madrid',
      new Date('2026-06-01T00:00:00Z'),
      new Date('2026-06-02T00:00:00Z'),
    ).join('\n');
    expect(text).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD',
    );
  });
});
