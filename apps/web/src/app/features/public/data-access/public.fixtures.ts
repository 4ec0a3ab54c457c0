import type { PublicAnnouncementDto, PublicCommentDto, PublicMeetingDto } from '@cumbre/contracts';
import { AGENCY } from '../../../../testing/fixtures';

export const PIURA_AGENCY: PublicAnnouncementDto['agency'] = AGENCY.piura;

export function publicComment(over: Partial<PublicCommentDto> = {}): PublicCommentDto {
  return {
    id: 'c-1',
    authorName: 'Lucía Farfán',
    text: 'Buena noticia para Piura.',
    createdAt: '2026-11-27T15:00:00.000Z',
    withdrawn: false,
    replies: [],
    ...over,
  };
}

export function publicMeeting(over: Partial<PublicMeetingDto> = {}): PublicMeetingDto {
  return {
    id: 'm-1',
    title: 'Cumbre de seguridad de la Macro-región Norte',
    descriptionHtml: '<p>Plan contra la extorsión.</p>',
    status: 'scheduled',
    startsAt: '2026-12-05T14:00:00.000Z',
    endsAt: '2026-12-05T18:00:00.000Z',
    timeZone: 'America/Lima',
    hostAgency: PIURA_AGENCY,
    venue: { name: 'Palacio de Gobierno', address: 'Jr. de la Unión s/n', city: 'Lima' },
    icsUrl: '/api/public/meetings/m-1.ics',
    agendaPublished: false,
    minutesPublished: false,
    ...over,
  };
}

export function publicAnnouncement(over: Partial<PublicAnnouncementDto> = {}): PublicAnnouncementDto {
  return {
    id: 'an-1',
    slug: 'convocatoria-cumbre',
    title: 'Convocatoria a la cumbre del 5 de diciembre',
    summary: 'Los seis gobiernos regionales se reúnen con la PCM.',
    publishedAt: '2026-11-20T15:00:00.000Z',
    revisedAt: null,
    agency: PIURA_AGENCY,
    cover: null,
    commentCount: 1,
    bodyHtml: '<p>Texto del anuncio.</p>',
    meeting: null,
    comments: [publicComment()],
    path: '/anuncios/convocatoria-cumbre',
    ...over,
  };
}
