import { defineMessages } from '../../core/i18n/translate';

export const PUBLIC_MESSAGES = defineMessages({
  es: {
    skip: 'Saltar al contenido',
    signIn: 'Ingresar',
    footer:
      'Cumbre · Coordinación interinstitucional de la Macro-región Norte del Perú',
    heroTitle:
      'Coordinación entre gobiernos, de la invitación al acuerdo cumplido',
    heroLead:
      'Cumbre es la plataforma donde los gobiernos regionales del norte del Perú, la PCM y la ANGR planifican sus cumbres, comparten lo que funciona contra la extorsión, el secuestro y la delincuencia común, y rinden cuentas al público de lo acordado.',
    heroCta: 'Ingresar como personal de una entidad',
    featuresTitle: 'Qué se hace en Cumbre',
    f1Title: 'Planificar cumbres',
    f1Body:
      'Invitaciones entre entidades, confirmación de asistencia y una fecha que sirva a todos, siempre con la hora de Lima indicada.',
    f2Title: 'Agenda y acuerdos',
    f2Body:
      'Agenda redactada en conjunto, decisiones registradas y un plan de acción con responsables y plazos.',
    f3Title: 'Compartir con seguridad',
    f3Body:
      'Buenas prácticas abiertas a todas las entidades y notas de inteligencia con marcado TLP, visibles solo para quien corresponde.',
    f4Title: 'Informar al público',
    f4Body:
      'Anuncios y acuerdos publicados para la ciudadanía, con comentarios moderados.',
    newsTitle: 'Últimos anuncios',
    noNews: 'Todavía no hay anuncios publicados.',
    more: 'Más anuncios',
    loadingMore: 'Cargando…',
    rss: 'RSS',
    seeMeetings: 'Ver las reuniones públicas',
    seePractices: 'Buenas prácticas publicadas',
    meetingsNav: 'Reuniones públicas',
    newsNav: 'Anuncios',
    publicNav: 'Sitio público',
    nextMeeting: 'Próxima reunión pública',
    meetingNow: 'Reunión pública en curso',
    lastMeeting: 'Última reunión pública',
    meetingsTitle: 'Reuniones y buenas prácticas',
  },
  en: {
    skip: 'Skip to content',
    signIn: 'Sign in',
    footer: 'Cumbre · Inter-agency coordination for northern Peru',
    heroTitle:
      'Coordination between governments, from the invitation to the decision carried out',
    heroLead:
      'Cumbre is where the regional governments of northern Peru, the Presidency of the Council of Ministers (PCM) and the National Assembly of Regional Governments (ANGR) plan their summits, share what works against extortion, kidnapping and street crime, and tell the public what was decided.',
    heroCta: 'Sign in as agency staff',
    featuresTitle: 'What Cumbre is for',
    f1Title: 'Plan summits',
    f1Body:
      'Invitations between agencies, RSVPs and a date that suits everyone, always with Lima time stated.',
    f2Title: 'Agenda and decisions',
    f2Body:
      'An agenda drafted together, decisions on record and an action plan with owners and due dates.',
    f3Title: 'Share safely',
    f3Body:
      'Best practices open to every agency, and intelligence notes with TLP markings, visible only to those entitled.',
    f4Title: 'Inform the public',
    f4Body:
      'Announcements and decisions published for citizens, with moderated comments.',
    newsTitle: 'Latest announcements',
    noNews: 'No announcements have been published yet.',
    more: 'More announcements',
    loadingMore: 'Loading…',
    rss: 'RSS',
    seeMeetings: 'See the public meetings',
    seePractices: 'Published best practices',
    meetingsNav: 'Public meetings',
    newsNav: 'Announcements',
    publicNav: 'Public site',
    nextMeeting: 'Next public meeting',
    meetingNow: 'Public meeting under way',
    lastMeeting: 'Latest public meeting',
    meetingsTitle: 'Meetings and good practices',
  },
});
