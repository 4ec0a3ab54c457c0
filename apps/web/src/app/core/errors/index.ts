// Every error code's text, es and en, assembled from one dictionary per area (as libs/contracts
// splits the codes); COMMON spreads them, so a component words an error with its `c()`.
import { AGENDA_ERRORS_EN, AGENDA_ERRORS_ES } from './agenda.errors';
import { COMMON_ERRORS_EN, COMMON_ERRORS_ES } from './common.errors';
import { FIELD_LABELS_EN, FIELD_LABELS_ES } from './field-labels';
import { IDENTITY_ERRORS_EN, IDENTITY_ERRORS_ES } from './identity.errors';
import { MEETINGS_ERRORS_EN, MEETINGS_ERRORS_ES } from './meetings.errors';
import { NOTES_ERRORS_EN, NOTES_ERRORS_ES } from './notes.errors';
import { PUBLIC_ERRORS_EN, PUBLIC_ERRORS_ES } from './public.errors';

export const ERRORS_ES = {
  ...COMMON_ERRORS_ES,
  ...IDENTITY_ERRORS_ES,
  ...MEETINGS_ERRORS_ES,
  ...AGENDA_ERRORS_ES,
  ...NOTES_ERRORS_ES,
  ...PUBLIC_ERRORS_ES,
  ...FIELD_LABELS_ES,
};

export const ERRORS_EN: Record<keyof typeof ERRORS_ES, string> = {
  ...COMMON_ERRORS_EN,
  ...IDENTITY_ERRORS_EN,
  ...MEETINGS_ERRORS_EN,
  ...AGENDA_ERRORS_EN,
  ...NOTES_ERRORS_EN,
  ...PUBLIC_ERRORS_EN,
  ...FIELD_LABELS_EN,
};
