// The error contract: every 4xx/5xx body carries a stable `code` from this registry, so that a
// client translates by code (and names the field) instead of parsing the English `message`.
// Codes are stable: add new ones freely, never rename or reuse one.

/**
 * Every code the API can emit, with the HTTP status it comes with. The comment of an entry names
 * its `params` (and `field` or extra body members where it has them).
 */
export const ERROR_CODES = {
  // --- common: any resource, any route ---
  /** A 400 Nest or a library raised without a more precise code. */
  'common.bad_request': { status: 400 },
  /** A 403 without a more precise code. */
  'common.forbidden': { status: 403 },
  /** No such route, or the thing asked for does not exist or is not visible to the caller. params: { resource? } */
  'common.not_found': { status: 404 },
  'common.method_not_allowed': { status: 405 },
  'common.not_acceptable': { status: 406 },
  /** A 409 without a more precise code. */
  'common.conflict': { status: 409 },
  /** field: the unique field whose value another record already holds. */
  'common.already_exists': { status: 409 },
  /**
   * The change was based on an older version of a versioned resource (agency, sharing group,
   * user, meeting, ...). params: { resource, sentVersion, currentVersion }. Reload and retry.
   */
  'common.stale_version': { status: 409 },
  /** The database refused the change: it refers to something missing, or something still refers to it. */
  'common.broken_reference': { status: 409 },
  /** Two changes collided in the database (serialization failure); trying again succeeds. */
  'common.write_collision': { status: 409 },
  'common.payload_too_large': { status: 413 },
  'common.unsupported_media_type': { status: 415 },
  /** The database refused a value the validation let through. */
  'common.invalid_value': { status: 400 },
  'common.too_many_requests': { status: 429 },
  /** Anything unexpected; the log holds the detail under the request id. */
  /** An Idempotency-Key sent again with a different request. */
  'common.idempotency_key_reused': { status: 422 },
  /** The first request with this Idempotency-Key has not finished yet. */
  'common.idempotency_key_in_progress': { status: 409 },
  'common.internal': { status: 500 },
  'common.unavailable': { status: 503 },

  // --- validation: the request's shape (top level `validation.failed`, details in `fields`) ---
  /** One or more fields are invalid; `fields` lists each field and constraint. */
  'validation.failed': { status: 400 },
  'validation.required': { status: 400 },
  /** params: { max } (characters) */
  'validation.too_long': { status: 400 },
  /** params: { min } (characters) */
  'validation.too_short': { status: 400 },
  /** params: { max } (a number) */
  'validation.too_large': { status: 400 },
  /** params: { min } (a number) */
  'validation.too_small': { status: 400 },
  /** params: { max } (list items) */
  'validation.too_many': { status: 400 },
  /** params: { min } (list items) */
  'validation.too_few': { status: 400 },
  /** A list names the same item twice. */
  'validation.duplicate': { status: 400 },
  /** The JSON body is nested too deep. params: { max } (levels) */
  'validation.too_deep': { status: 400 },
  /** Text that is not well-formed Unicode (a lone UTF-16 surrogate). */
  'validation.not_well_formed': { status: 400 },
  'validation.not_uuid': { status: 400 },
  'validation.not_email': { status: 400 },
  /** An ISO 8601 date-time (with offset where an instant is asked for). */
  'validation.not_date': { status: 400 },
  'validation.not_url': { status: 400 },
  'validation.not_time_zone': { status: 400 },
  /** The value does not have the expected form (e.g. an ISO 3166-2 code). params: { pattern? } */
  'validation.bad_format': { status: 400 },
  /** params: { allowed: string[] } */
  'validation.not_in_list': { status: 400 },
  /** params: { expected: 'string' | 'integer' | 'boolean' | 'array' | 'object' | 'number' } */
  'validation.wrong_type': { status: 400 },
  /** A field the endpoint does not accept. */
  'validation.unknown_field': { status: 400 },
  /** The body is not valid JSON. */
  'validation.malformed_json': { status: 400 },
  /** A text holds U+0000, which PostgreSQL text cannot store. */
  'validation.nul_character': { status: 400 },
  /** A range's start is after its end (field: the start). */
  'validation.range_reversed': { status: 400 },
  /** A constraint without a more precise code. */
  'validation.invalid': { status: 400 },

  // --- auth: sessions, sign-in, passwords, route policies ---
  /** No valid session or bearer token. */
  'auth.unauthenticated': { status: 401 },
  'auth.invalid_credentials': { status: 401 },
  /** The refresh token is missing, expired or revoked: sign in again. */
  'auth.session_expired': { status: 401 },
  /** params: { retryAfterSeconds } (also in the Retry-After header) */
  'auth.too_many_attempts': { status: 429 },
  /** params: { roles: string[] } (any of them would do) */
  'auth.forbidden_role': { status: 403 },
  /** The route declares no access policy (a programming error, refused closed). */
  'auth.no_access_policy': { status: 403 },
  'auth.csrf_failed': { status: 403 },
  /** field: the password field. */
  'auth.password_too_common': { status: 400 },
  /** Sign-in needs the second step (an authenticator code), or its challenge expired. */
  'auth.totp_required': { status: 401 },
  /** The authenticator or recovery code is wrong, used, or from another time step. */
  'auth.totp_invalid': { status: 401 },
  /** The clearance requires two-factor sign-in: only enrolment is allowed until it is on. */
  'auth.two_factor_enrolment_required': { status: 403 },
  'auth.two_factor_already_on': { status: 409 },
  /** A password-reset link that is unknown, used or expired. */
  'auth.reset_token_invalid': { status: 400 },
  /** field: currentPassword */
  'auth.wrong_current_password': { status: 400 },
  /** field: newPassword */
  'auth.password_unchanged': { status: 400 },

  // --- identity: users and memberships ---
  'user.not_found': { status: 404 },
  /** field: disabled */
  'user.cannot_disable_self': { status: 400 },
  /** field: platformRoles */
  'user.cannot_drop_own_admin': { status: 400 },
  'membership.not_found': { status: 404 },

  // --- agencies and sharing groups ---
  'agency.not_found': { status: 404 },
  /** A field names no existing agency. field; params: { ids: string[] } */
  'agency.unknown': { status: 400 },
  /** field: parentId */
  'agency.own_parent': { status: 400 },
  /** field: parentId (the proposed parent is a sub-agency of this one) */
  'agency.parent_cycle': { status: 400 },
  /** Only the agency's own members (and admins) may list its members. */
  'agency.members_only': { status: 403 },
  'sharing_group.not_found': { status: 404 },
  /** field: sharingGroupId; params: { ids: string[] } */
  'sharing_group.unknown': { status: 400 },

  // --- meetings ---
  'meeting.not_found': { status: 404 },
  /** Only the convener, a leader of the host agency or an admin may change the meeting. */
  'meeting.manage_forbidden': { status: 403 },
  /** Only a leader or staff member of the host agency (or an admin) may convene there. field: hostAgencyId */
  'meeting.convene_forbidden': { status: 403 },
  /** The meeting is concluded or cancelled. params: { status } */
  'meeting.closed': { status: 409 },
  /** startsAt and endsAt come together. field: the one missing */
  'meeting.times_incomplete': { status: 400 },
  /** field: endsAt */
  'meeting.ends_before_start': { status: 400 },
  /** A scheduled or running meeting keeps its times. field: startsAt; params: { status } */
  'meeting.times_cannot_be_cleared': { status: 400 },
  /** params: { from, to, allowed: string[] } */
  'meeting.status_move_not_allowed': { status: 409 },
  /** The meeting has no date yet (set one or pick a poll slot first). */
  'meeting.no_date': { status: 409 },
  /** The time clashes with other meetings; extra: `conflicts` (ConflictDto[]). Send confirmConflicts: true. */
  'meeting.conflicts': { status: 409 },
  /** An invitation names neither agencyIds nor sharingGroupId. */
  'meeting.invite_target_required': { status: 400 },
  /** params: { agencyId } */
  'meeting.agency_not_invited': { status: 404 },
  /** The caller is not leader or staff of that agency. field: agencyId; params: { agencyId } */
  'meeting.answer_forbidden': { status: 403 },
  /** RSVPs and poll answers are closed: the meeting is concluded or cancelled. params: { status } */
  'meeting.answers_closed': { status: 409 },
  /** field: delegateUserIds; params: { userId, agencyId } */
  'meeting.delegate_not_member': { status: 400 },

  // --- date polls ---
  'poll.not_found': { status: 404 },
  /** Polls and picks need a draft or scheduled meeting. params: { status } */
  'poll.meeting_not_open': { status: 409 },
  'poll.already_exists': { status: 409 },
  /** field: slots[i].endsAt */
  'poll.slot_ends_before_start': { status: 400 },
  /** field: slots[i].startsAt */
  'poll.slot_in_past': { status: 400 },
  /** field: slots[i] */
  'poll.slot_repeated': { status: 400 },
  /** field: deadline */
  'poll.deadline_in_past': { status: 400 },
  /** field: deadline */
  'poll.deadline_after_first_slot': { status: 400 },
  /** field: slotId or answers[i].slotId */
  'poll.unknown_slot': { status: 400 },
  /** field: answers[i].slotId */
  'poll.slot_answered_twice': { status: 400 },
  /** Answers are closed: the convener has picked a slot. */
  'poll.slot_already_picked': { status: 409 },
  /** Answers are closed. params: { deadline } (ISO instant) */
  'poll.deadline_passed': { status: 409 },
  /** Agencies said no to the slot or it conflicts; extra: `refusedBy`, `conflicts`. Send confirm: true. */
  'poll.pick_needs_confirm': { status: 409 },

  // --- agenda: drafting, proposals, versions, minutes ---
  /** The meeting has no agenda item with that id. params: { id } */
  'agenda.item_not_found': { status: 404 },
  /** The anonymous public reads only a published agenda, and this one is not published yet. */
  'agenda.not_published': { status: 404 },
  /** The live agenda is already its latest published version: change something first. */
  'agenda.nothing_to_publish': { status: 409 },
  /** No published version with that number. params: { number } */
  'agenda.version_not_found': { status: 404 },
  /** Only the convener, the host agency's leader and staff, or an admin edit the agenda directly. */
  'agenda.edit_forbidden': { status: 403 },
  /** Only leaders and staff of an invited agency propose items. field: proposeForAgencyId? */
  'agenda.propose_forbidden': { status: 403 },
  /** Only the convener, the host agency's leader or an admin accept, reject or publish. */
  'agenda.decide_forbidden': { status: 403 },
  /** Only the convener, the designated secretary or an admin record minutes, decisions and action items. */
  'agenda.minutes_forbidden': { status: 403 },
  /** The meeting is concluded or cancelled: its agenda is frozen. params: { status } */
  'agenda.frozen': { status: 409 },
  /** The minutes are published: they are read-only. */
  'agenda.minutes_published': { status: 409 },
  /** Minutes are published once the meeting is concluded. params: { status } */
  'agenda.minutes_need_concluded_meeting': { status: 409 },
  /** field: parentId; params: { parentId } (not an item of this meeting's agenda) */
  'agenda.foreign_parent': { status: 400 },
  /** A section stays at the top level. field: parentId */
  'agenda.section_not_top_level': { status: 400 },
  /** Two levels at most: the parent is itself inside another entry, or the item has children. field: parentId */
  'agenda.too_deep': { status: 400 },
  /** An item cannot go under itself. field: parentId */
  'agenda.move_cycle': { status: 400 },
  /** field: plannedMinutes; params: { min, max } */
  'agenda.duration_out_of_range': { status: 400 },
  /** Accept and reject take a waiting proposal; this item is not one. params: { status } */
  'agenda.not_a_proposal': { status: 409 },
  /** A proposal has no place yet: accept or reject it (or its proposer edits it) first. */
  'agenda.item_is_proposal': { status: 409 },
  /** field: presenterUserId; params: { userId, agencyId } */
  'agenda.presenter_not_member': { status: 400 },
  /** field: userId (the secretary is a member of the host or an invited agency) */
  'agenda.secretary_not_participant': { status: 400 },
  /** Items with minutes, decisions or action items are not deleted. */
  'agenda.item_has_outcomes': { status: 409 },
  /** Publishing an agenda without items. */
  'agenda.empty': { status: 409 },
  /** diff needs two different versions. field: to */
  'agenda.diff_same_version': { status: 400 },
  /** field: endorsedAgencyIds; params: { agencyId } (not the host nor an invited agency) */
  'decision.endorser_not_participant': { status: 400 },
  'decision.not_found': { status: 404 },

  // --- action items (the action plan) ---
  'action_item.not_found': { status: 404 },
  /** Only the owner agency's leaders and staff, the convener or an admin update an action item. */
  'action_item.update_forbidden': { status: 403 },
  /** field: dueDate; params: { min, max } (years) */
  'action_item.due_date_out_of_range': { status: 400 },
  /** field: ownerAgencyId; params: { agencyId } (the owner is the host or an invited agency) */
  'action_item.owner_not_participant': { status: 400 },
  /** field: ownerUserId; params: { userId, agencyId } */
  'action_item.owner_not_member': { status: 400 },
  /** Neither status nor comment. */
  'action_item.nothing_to_change': { status: 400 },

  // --- notifications and calendar ---
  'notification.not_found': { status: 404 },
  'calendar.feed_not_found': { status: 404 },

  // --- public site: announcements, reader comments, moderation ---
  'announcement.not_found': { status: 404 },
  /** Only a `moderator` (any agency) or a leader of the announcement's agency writes it. field: agencyId? */
  'announcement.write_forbidden': { status: 403 },
  /** field: slug; params: { slug } */
  'announcement.slug_taken': { status: 409 },
  /** params: { from, to, allowed: string[] } */
  'announcement.status_move_not_allowed': { status: 409 },
  /** Scheduling needs a future publishAt. field: publishAt */
  'announcement.publish_at_required': { status: 400 },
  /** field: publishAt */
  'announcement.publish_at_in_past': { status: 400 },
  /** field: meetingId (no such meeting, or not a public one) */
  'announcement.unknown_meeting': { status: 400 },
  /** The cover is not a JPEG, PNG or WebP image sharp can read. field: file */
  'announcement.bad_image': { status: 400 },
  /** Comments go only on a published announcement (not a draft, scheduled or withdrawn one). */
  'comment.announcement_closed': { status: 409 },
  'comment.not_found': { status: 404 },
  /** field: parentId — the parent is itself a reply (one level only), or on another announcement. */
  'comment.reply_to_reply': { status: 400 },
  /** field: parentId — no visible comment with that id on this announcement. */
  'comment.unknown_parent': { status: 400 },
  /** The honeypot field was filled. */
  'comment.rejected_as_bot': { status: 400 },
  /** The address or network is blocked by the moderators. */
  'comment.blocked': { status: 403 },
  /** params: { retryAfterSeconds, scope: 'ip' | 'email', window: 'burst' | 'day' } (also Retry-After) */
  'comment.rate_limited': { status: 429 },
  /** This reader already flagged this comment. */
  'comment.already_flagged': { status: 409 },
  /** A confirmation or unsubscribe link that is unknown or expired. */
  'comment.subscription_token_invalid': { status: 400 },
  /** Only a platform `moderator` (or admin) moderates. */
  'moderation.forbidden': { status: 403 },
  /** field: word; params: { word } */
  'moderation.word_exists': { status: 409 },
  // --- knowledge notes (issue #10) ---
  /** No such note, or the caller may not read it (the same answer: no existence leak). */
  'note.not_found': { status: 404 },
  /** The caller reads the note but may not change or delete it (author or the author agency's leader). */
  'note.edit_forbidden': { status: 403 },
  /** Widening the distribution, lowering the marking or publishing to the public needs the author agency's leader. field */
  'note.widen_needs_leader': { status: 403 },
  /** The author writes only for an agency they belong to. field: authorAgencyId */
  'note.not_member_of_agency': { status: 403 },
  /** The marking is above the author's clearance in the author agency. field: marking; params: { clearance } */
  'note.marking_above_clearance': { status: 403 },
  /** Intelligence needs a marking and a distribution. field */
  'note.marking_required': { status: 400 },
  /** Best practices are CLEAR and reach all agencies; marking, distribution, group and recipients are for intelligence. field */
  'note.best_practice_unmarked': { status: 400 },
  /** Intelligence is never public. field: isPublic */
  'note.intelligence_never_public': { status: 400 },
  /** RED needs at least one named recipient. field: redRecipientIds */
  'note.red_needs_recipients': { status: 400 },
  /** Named recipients are for RED only. field: redRecipientIds */
  'note.recipients_only_for_red': { status: 400 },
  /** A recipient is unknown, disabled or has no RED clearance. field: redRecipientIds; params: { ids } */
  'note.recipient_not_cleared': { status: 400 },
  /** sharing_group needs sharingGroupId (and only it takes one). field: sharingGroupId */
  'note.sharing_group_required': { status: 400 },
  /** The author agency is not a member of that sharing group (or the group does not exist). field: sharingGroupId */
  'note.sharing_group_not_joined': { status: 400 },
  /** Nothing to change in the edit. */
  'note.nothing_to_change': { status: 400 },
  /** Comments and endorsements are on shared notes only. params: { status } */
  'note.not_shared': { status: 409 },
  /** field: agencyId (the caller is not leader or staff there, or it is the author agency) */
  'note.endorse_forbidden': { status: 403 },
  /** field: agencyId (not one of the caller's agencies) */
  'note.comment_agency_forbidden': { status: 403 },
  'note.comment_not_found': { status: 404 },
  /** Only the author agency's leader sees who read a note. */
  'note.readers_forbidden': { status: 403 },
  /** Only a user who can write a RED note (a RED-cleared membership) lists the people it may name. */
  'note.recipients_forbidden': { status: 403 },
  'note.attachment_not_found': { status: 404 },
  /** The file is over 20 MB. params: { max } (bytes) */
  'note.attachment_too_large': { status: 413 },
  /** The content is not PDF, an image or an office document (checked by its bytes). params: { allowed } */
  'note.attachment_type_not_allowed': { status: 415 },
  /** The upload is not multipart/form-data with one file part named `file`. */
  'note.attachment_missing': { status: 400 },
  /** The caller may not change the agenda item (agenda rules). */
  'note.link_forbidden': { status: 403 },
  'note.link_not_found': { status: 404 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export type ErrorParams = Record<string, string | number | boolean | null | string[]>;

/** One failed constraint of one field (nested fields as `slots[0].startsAt`). */
export interface FieldError {
  field: string;
  code: ErrorCode;
  params?: ErrorParams;
  message: string;
}

/** The error body every 4xx/5xx carries. `message` is English, for API clients and logs. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  requestId?: string;
  /** Where one field is at fault. */
  field?: string;
  /** The values the message is made of, e.g. { max: 200 }, { allowed: ['scheduled', 'cancelled'] }. */
  params?: ErrorParams;
  /** Validation failures, one per field and constraint. */
  fields?: FieldError[];
  /** e.g. `conflicts` on a scheduling conflict. */
  [extra: string]: unknown;
}

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
