import { PUBLIC_PATHS, type PublicMeetingDto } from '@cumbre/contracts';

const STATUS: Record<PublicMeetingDto['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  in_progress: 'https://schema.org/EventScheduled',
  concluded: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

/** schema.org Event of a public meeting (instants in ISO 8601 UTC, absolute URLs). */
export function meetingEvent(m: PublicMeetingDto, origin: string): Record<string, unknown> {
  const place = [m.venue.name, m.venue.address, m.venue.city].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: m.title,
    url: `${origin}${PUBLIC_PATHS.meeting(m.id)}`,
    ...(m.startsAt ? { startDate: m.startsAt } : {}),
    ...(m.endsAt ? { endDate: m.endsAt } : {}),
    eventStatus: STATUS[m.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(place.length
      ? {
          location: {
            '@type': 'Place',
            name: m.venue.name ?? place.join(', '),
            address: {
              '@type': 'PostalAddress',
              ...(m.venue.address ? { streetAddress: m.venue.address } : {}),
              ...(m.venue.city ? { addressLocality: m.venue.city } : {}),
              addressCountry: 'PE',
            },
          },
        }
      : {}),
    organizer: {
      '@type': 'GovernmentOrganization',
      name: m.hostAgency.name,
      url: `${origin}${PUBLIC_PATHS.agency(m.hostAgency.id)}`,
    },
  };
}
