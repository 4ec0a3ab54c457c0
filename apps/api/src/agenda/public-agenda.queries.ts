// SQL other modules may run on the agenda's tables.

/** True when the meeting `meetingIdSql` names has a published agenda (the public may read it). */
export const agendaPublishedSql = (meetingIdSql: string) =>
  `EXISTS (SELECT 1 FROM agenda g WHERE g.meeting_id = ${meetingIdSql} AND g.published_version_no IS NOT NULL)`;

/** True when the minutes of the meeting `meetingIdSql` names are published (its decisions are public). */
export const minutesPublishedSql = (meetingIdSql: string) =>
  `EXISTS (SELECT 1 FROM agenda g WHERE g.meeting_id = ${meetingIdSql} AND g.minutes_published_at IS NOT NULL)`;

/**
 * The meeting's latest published agenda version as JSON `{ number, publishedAt, snapshot }`
 * (null before the first publication); a draft being edited after it is not in it.
 */
export const latestPublishedAgendaSql = (meetingIdSql: string) =>
  `(SELECT json_build_object('number', v.number, 'publishedAt', v.published_at, 'snapshot', v.snapshot)
      FROM agenda g JOIN agenda_version v ON v.agenda_id = g.id AND v.number = g.published_version_no
     WHERE g.meeting_id = ${meetingIdSql})`;

/**
 * What a calendar feed's version must see of the agendas of the meetings `meetingIdsSql`
 * selects: how many versions were published (rises with every publication) and the latest
 * publication time.
 */
export const agendaPublicationsSql = (meetingIdsSql: string) =>
  `(SELECT json_build_object('n', count(*), 'last', max(v.published_at))
      FROM agenda g JOIN agenda_version v ON v.agenda_id = g.id WHERE g.meeting_id IN (${meetingIdsSql}))`;
