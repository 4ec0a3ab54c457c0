import { jsonLdText } from './seo';
import { shareTargets } from './share-links';
import { publicDate } from './public-date';
import { newsArticle } from '../announcement/announcement-seo';
import { meetingEvent } from '../meetings/meeting-event';
import { publicAnnouncement, publicMeeting } from '../data-access/public.fixtures';

describe('public site helpers', () => {
  it('writes JSON-LD that no text inside can close its <script> element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & more' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({
      headline: '</script><script>alert(1)</script> & more',
    });
  });

  it('builds share links of the networks, with the address and text encoded', () => {
    const links = shareTargets('https://cumbre.pe/anuncios/a b', 'Plan & acuerdo');
    expect(links.whatsapp).toBe(
      'https://wa.me/?text=Plan%20%26%20acuerdo%20https%3A%2F%2Fcumbre.pe%2Fanuncios%2Fa%20b',
    );
    expect(links.x).toContain('https://twitter.com/intent/tweet?url=https%3A%2F%2Fcumbre.pe');
    expect(links.x).toContain('&text=Plan%20%26%20acuerdo');
    expect(links.facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcumbre.pe%2Fanuncios%2Fa%20b',
    );
  });

  it('dates news in Lima whatever the zone of the machine', () => {
    // 02:00 UTC on the 3rd is still the 2nd in Lima.
    expect(publicDate('2026-12-03T02:00:00Z', 'es')).toBe('2 de diciembre de 2026');
    expect(publicDate('2026-12-03T02:00:00Z', 'es', true)).toBe('2 de diciembre de 2026, 21:00 hora de Lima');
    expect(publicDate('2026-12-03T02:00:00Z', 'en', true)).toBe('2 December 2026, 21:00 Lima time');
    expect(publicDate(null, 'es')).toBe('');
  });

  it('describes an announcement as a NewsArticle with absolute URLs', () => {
    const a = publicAnnouncement({
      revisedAt: '2026-11-21T10:00:00.000Z',
      cover: {
        alt: 'Mapa',
        url: '/api/public/images/i/960.webp',
        width: 960,
        height: 540,
        srcset: '',
        variants: [{ width: 480, height: 270, url: '/api/public/images/i/480.webp' }],
      },
    });
    const data = newsArticle(a, 'https://cumbre.pe');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: a.title,
      datePublished: a.publishedAt,
      dateModified: '2026-11-21T10:00:00.000Z',
      url: 'https://cumbre.pe/anuncios/convocatoria-cumbre',
      image: ['https://cumbre.pe/api/public/images/i/480.webp'],
      author: { name: 'Gobierno Regional de Piura', url: 'https://cumbre.pe/entidades/a-piura' },
    });
  });

  it('describes a public meeting as an Event, cancelled when it is', () => {
    const data = meetingEvent(publicMeeting({ status: 'cancelled' }), 'https://cumbre.pe');
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-05T14:00:00.000Z',
      eventStatus: 'https://schema.org/EventCancelled',
      url: 'https://cumbre.pe/reuniones-publicas/m-1',
      location: { address: { addressLocality: 'Lima', addressCountry: 'PE' } },
    });
  });
});
