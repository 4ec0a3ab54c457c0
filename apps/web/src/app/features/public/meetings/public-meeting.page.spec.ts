import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgendaDto } from '@cumbre/contracts';
import { publicAnnouncement, publicMeeting } from '../data-access/public.fixtures';
import { PublicMeetingPage } from './public-meeting.page';

const agenda = {
  publishedVersion: 2,
  items: [
    {
      id: 'i-1',
      depth: 1,
      title: 'Apertura de la cumbre',
      durationMinutes: 20,
      plannedStart: '2026-12-05T14:00:00.000Z',
      presenterAgency: {
        id: 'a-pcm',
        name: 'Presidencia del Consejo de Ministros',
        shortName: 'PCM',
      },
      decisions: [],
    },
    {
      id: 'i-2',
      depth: 1,
      title: 'Plan de acción conjunto',
      durationMinutes: 90,
      plannedStart: '2026-12-05T14:20:00.000Z',
      presenterAgency: null,
      decisions: [
        {
          id: 'd-1',
          text: 'Crear una mesa técnica regional',
          endorsedBy: [
            {
              id: 'a-piu',
              name: 'Gobierno Regional de Piura',
              shortName: 'GR Piura',
            },
            {
              id: 'a-tum',
              name: 'Gobierno Regional de Tumbes',
              shortName: 'GR Tumbes',
            },
            {
              id: 'a-angr',
              name: 'Asamblea Nacional de Gobiernos Regionales',
              shortName: 'ANGR',
            },
          ],
        },
        { id: 'd-2', text: 'Informar cada 30 días', endorsedBy: [] },
      ],
    },
  ],
} as unknown as AgendaDto;

describe('PublicMeetingPage', () => {
  function render(lang: 'es' | 'en'): HTMLElement {
    document.cookie = lang === 'en' ? 'cumbre_lang=en; Path=/' : 'cumbre_lang=; Max-Age=0; Path=/';
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(PublicMeetingPage);
    fixture.componentRef.setInput('data', {
      value: {
        meeting: {
          ...publicMeeting({ status: 'concluded', agendaPublished: true }),
          announcements: [
            publicAnnouncement({
              slug: 'plan-de-accion-conjunto',
              title: 'Plan de acción conjunto',
            }),
          ],
        },
        agenda,
      },
      error: null,
    });
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  it('names the host agency as host, and the agenda’s times in the meeting’s zone, naming it once', () => {
    const root = render('es');
    // The announcements about the meeting, each linking to its page.
    const news = root.querySelector('[data-testid=public-meeting-news]');
    expect(news?.querySelector('h2')?.textContent).toBe('Anuncios sobre esta reunión');
    expect(
      Array.from(news?.querySelectorAll('app-announcement-card a') ?? [])
        .map((a) => a.getAttribute('href'))
        .filter((href) => href?.startsWith('/anuncios/')),
    ).toEqual(['/anuncios/plan-de-accion-conjunto']);
    const facts = Array.from(root.querySelectorAll('.facts dt')).map((dt) => [
      dt.textContent?.trim(),
      dt.nextElementSibling?.textContent?.trim(),
    ]);
    expect(facts).toContainEqual(['Entidad anfitriona', 'Gobierno Regional de Piura']);
    expect(root.querySelector('[data-testid=public-meeting-held]')?.textContent).toContain('ya se realizó');
    expect(root.querySelector('#agenda-title + p')?.textContent?.trim()).toBe(
      'Versión 2 publicada · hora de Lima (UTC−5)',
    );
    expect(Array.from(root.querySelectorAll('.agenda-list .mono')).map((t) => t.textContent?.trim())).toEqual([
      '09:00',
      '09:20',
    ]);
    // Each decision with the agencies that adopted it, listed as a sentence; none named, no line.
    expect(
      Array.from(root.querySelectorAll('[data-testid=public-decision]')).map((d) =>
        d.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual(['Crear una mesa técnica regional · adoptado por GR Piura, GR Tumbes y ANGR', 'Informar cada 30 días']);
  });

  it('in English', () => {
    const root = render('en');
    expect(root.querySelector('#agenda-title + p')?.textContent?.trim()).toBe(
      'Version 2 published · Lima time (UTC−5)',
    );
    const hosts = Array.from(root.querySelectorAll('.facts dt')).map((dt) => dt.textContent?.trim());
    expect(hosts).toContain('Host');
    expect(root.querySelector('[data-testid=public-meeting-news] h2')?.textContent).toBe(
      'Announcements about this meeting',
    );
    expect(root.querySelector('[data-testid=public-decision-endorsers]')?.textContent).toContain(
      'adopted by GR Piura, GR Tumbes, and ANGR',
    );
  });
});
