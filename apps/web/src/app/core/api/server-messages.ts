import type { CommonMessages } from '../i18n/common.messages';
import { fill } from '../i18n/translate';

/** Labels a form gives the API's property paths ("venue.city" -> "Ciudad"); `slots[]` names one item of a list. */
export type FieldLabels = Readonly<Record<string, string>>;

/** One server message in the reader's words. */
export interface ServerMessage {
  /** The API property path the message is about ("venue.city", "slots[1].startsAt"), when it names one. */
  path: string | null;
  /** For display under that field: the field is not named again. */
  short: string;
  /** For display on its own: names the field by its label. */
  full: string;
  /** False when no rule matched and the server's own text is passed on. */
  known: boolean;
}

type Key = keyof CommonMessages & `srv.${string}`;

// A property path as class-validator and Nest write it: venue.city, slots[1].startsAt.
const PATH = String.raw`[A-Za-z_]\w*(?:\[\d+\])?(?:\.[A-Za-z_]\w*(?:\[\d+\])?)*`;
const EACH = 'each value in ';

interface Rule {
  pattern: RegExp;
  key: Key;
}

/** `{P}` is the path the message is about, `{O}` another path; other groups fill the text. */
function rule(source: string, key: Key): Rule {
  const expanded = source
    .replace('{P}', `(?<path>${PATH})`)
    .replace('{O}', `(?<other>${PATH})`);
  return { pattern: new RegExp(`^${expanded}$`), key };
}

/**
 * The app's own sentences first (apps/api services, libs/scheduling), then class-validator's
 * defaults and the DTOs' custom messages. The first match wins.
 */
const RULES: readonly Rule[] = [
  rule(
    String.raw`answers are closed: the meeting is (?<status>\w+)`,
    'srv.closedStatus',
  ),
  rule(
    'answers are closed: the convener has already picked a slot',
    'srv.closedPicked',
  ),
  rule('answers are closed: the deadline was .*', 'srv.closedDeadline'),
  rule(
    String.raw`a date poll needs a draft or scheduled meeting; this one is (?<status>\w+)`,
    'srv.pollNeedsOpen',
  ),
  rule(
    String.raw`a slot can be picked for a draft or scheduled meeting only; this one is (?<status>\w+)`,
    'srv.pickNeedsOpen',
  ),
  rule('this meeting already has a date poll', 'srv.pollExists'),
  rule('this meeting has no date poll', 'srv.pollMissing'),
  rule(
    'you may answer only for an agency where you are leader or staff.*',
    'srv.answerOwnAgency',
  ),
  rule(String.raw`agency \S+ is not invited to this meeting`, 'srv.notInvited'),
  rule('meeting not found', 'srv.meetingMissing'),
  rule(
    'only the convener, a leader of the host agency or an admin may change this meeting',
    'srv.mayNotChange',
  ),
  rule(
    'only a leader or staff member of the host agency .*may convene a meeting there',
    'srv.mayNotConvene',
  ),
  rule(
    String.raw`the meeting is (?<status>\w+); it can no longer be changed`,
    'srv.frozen',
  ),
  rule(
    String.raw`startsAt and endsAt cannot be cleared: the meeting is (?<status>\w+)`,
    'srv.cannotClear',
  ),
  rule(
    String.raw`an? (?<from>\w+) meeting cannot move to (?<to>\w+);.*`,
    'srv.badMove',
  ),
  rule('the meeting has no date yet: .*', 'srv.noDateYet'),
  rule('give agencyIds or sharingGroupId', 'srv.inviteWhom'),
  rule('Invalid e-mail or password', 'srv.invalidCredentials'),
  rule('{P} is not a slot of this poll', 'srv.notSlot'),
  rule('{P} is answered twice', 'srv.answeredTwice'),
  rule('{P}: no agency (?:has|with) (?:this )?id.*', 'srv.noAgency'),
  rule('{P}: no sharing group with id.*', 'srv.noGroup'),
  rule('{P}: user .* is not a member of agency .*', 'srv.notMember'),
  rule('{P}: an agency cannot be its own parent', 'srv.ownParent'),
  rule(
    '{P}: the proposed parent is a sub-agency of this agency.*',
    'srv.parentCycle',
  ),
  rule(
    '{P}: an administrator cannot disable their own account',
    'srv.disableSelf',
  ),
  rule(
    '{P}: an administrator cannot remove their own admin role',
    'srv.removeOwnAdmin',
  ),
  rule('{P}: the user is already a member of this agency', 'srv.alreadyMember'),
  rule('{P} must not be after to', 'srv.fromAfterTo'),
  rule('{P} is required to cancel a meeting', 'srv.reasonRequired'),
  rule('{P} does not name an existing agency', 'srv.hostMissing'),
  rule('{P} and endsAt must be given together', 'srv.together'),
  rule('{P} must be after {O}', 'srv.after'),
  rule('{P} is in the past', 'srv.past'),
  rule('{P} repeats an earlier slot', 'srv.repeats'),
  rule('{P} must be in the future', 'srv.future'),
  rule(
    '{P} must not be after the earliest slot starts',
    'srv.deadlineAfterSlot',
  ),
  rule('{P} is not correct', 'srv.passwordWrong'),
  rule('{P} must differ from currentPassword', 'srv.passwordSame'),
  rule('{P} is too common; choose another one', 'srv.tooCommon'),
  rule('{P} is already in use by another record', 'srv.inUse'),
  rule(
    String.raw`property (?<name>\S+) should not exist`,
    'srv.unknownProperty',
  ),
  rule(
    'an unknown value was passed to the validate function',
    'srv.unknownValue',
  ),
  rule(
    String.raw`{P} must be shorter than or equal to (?<n>\d+) characters`,
    'srv.maxLength',
  ),
  rule(
    String.raw`{P} must be at most (?<n>\d+) characters long`,
    'srv.maxLength',
  ),
  rule(
    String.raw`{P} must be longer than or equal to (?<n>\d+) characters`,
    'srv.minLength',
  ),
  rule(
    String.raw`{P} must be at least (?<n>\d+) characters long`,
    'srv.minLength',
  ),
  rule('{P} should not be empty', 'srv.required'),
  rule('{P} should not be null or undefined', 'srv.required'),
  rule('{P} must be a UUID', 'srv.uuid'),
  rule('{P} must hold UUIDs', 'srv.uuids'),
  rule('{P} must be an? (?:email|e-mail address)', 'srv.email'),
  rule('{P} must be one of the following values: .*', 'srv.oneOf'),
  rule('{P} must be a valid ISO 8601 date string', 'srv.date'),
  rule('{P} must be an ISO 8601 date.*', 'srv.date'),
  rule('{P} is not a valid date', 'srv.date'),
  rule(String.raw`{P} must be (?:a URL address|an http\(s\) URL)`, 'srv.url'),
  rule('{P} must be an IANA time zone.*', 'srv.timeZone'),
  rule('{P} must be an ISO 3166-2 code.*', 'srv.isoCode'),
  rule('{P} must be a string', 'srv.string'),
  rule('{P} must be an integer number', 'srv.integer'),
  rule(String.raw`{P} must not be less than (?<n>-?[\d.]+)`, 'srv.min'),
  rule(String.raw`{P} must not be greater than (?<n>-?[\d.]+)`, 'srv.max'),
  rule(
    String.raw`{P} must contain no more than (?<n>\d+) elements`,
    'srv.arrayMax',
  ),
  rule(
    String.raw`{P} must contain at least (?<n>\d+) elements`,
    'srv.arrayMin',
  ),
  rule(`All {P}'s elements must be unique`, 'srv.unique'),
  rule('{P} must not name an? .* twice', 'srv.unique'),
  rule(
    '{P} must be (?:an array|an object|a boolean value|true or false)',
    'srv.format',
  ),
  rule('{P} must be a dotted name.*', 'srv.pattern'),
  rule('{P} must match .* regular expression', 'srv.pattern'),
];

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function dictionary(
  t: CommonMessages,
): Readonly<Record<string, string | undefined>> {
  return t;
}

/** "slots[1].startsAt" -> "Opción 2 · Inicio"; a form's own label wins over the common one. */
export function fieldLabel(
  path: string,
  t: CommonMessages,
  labels: FieldLabels = {},
): string {
  const own = labels[path] ?? dictionary(t)[`field.${path}`];
  if (own) return own;
  const item = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (item) {
    const [, list, index, rest] = item;
    const one = labels[`${list}[]`] ?? dictionary(t)[`field.${list}[]`] ?? list;
    const head = `${one} ${Number(index) + 1}`;
    return rest ? `${head} · ${fieldLabel(rest, t, labels)}` : head;
  }
  const last = path.slice(path.lastIndexOf('.') + 1);
  return labels[last] ?? dictionary(t)[`field.${last}`] ?? path;
}

function statusWord(t: CommonMessages, status: string | undefined): string {
  return dictionary(t)[`srv.status.${status}`] ?? status ?? '';
}

/** The reader's words for one message of the API; the server's own text when no rule knows it. */
export function translateServerMessage(
  raw: string,
  t: CommonMessages,
  labels: FieldLabels = {},
): ServerMessage {
  const text = raw.startsWith(EACH) ? raw.slice(EACH.length) : raw;
  for (const { pattern, key } of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const g = match.groups ?? {};
    const message = fill(t[key], {
      n: g['n'] ?? '',
      name: g['name'] ?? '',
      other: g['other'] ? fieldLabel(g['other'], t, labels) : '',
      status: statusWord(t, g['status']),
      from: statusWord(t, g['from']),
      to: statusWord(t, g['to']),
    });
    const path = g['path'] ?? null;
    const short = capitalise(message);
    const full = path
      ? fill(t['srv.withField'], {
          field: fieldLabel(path, t, labels),
          message,
        })
      : short;
    return { path, short, full, known: true };
  }
  return { path: null, short: raw, full: raw, known: false };
}
