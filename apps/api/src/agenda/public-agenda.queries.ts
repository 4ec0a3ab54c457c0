// SQL other modules may run on the agenda's tables.

/** True when the meeting `meetingIdSql` names has a published agenda (the public may read it). */
export const agendaPublishedSql = (meetingIdSql: string) =>
  `EXISTS (SELECT 1 FROM agenda g WHERE g.meeting_id = ${meetingIdSql} AND g.published_version_no IS NOT NULL)`;
