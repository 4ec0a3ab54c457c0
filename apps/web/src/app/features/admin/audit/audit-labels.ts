import { defineMessages } from '../../../core/i18n/translate';

// The audit log's codes in words. The code stays beside the words (it is what the filter takes);
// a code this client does not know yet is shown as it is.
export const AUDIT_LABELS = defineMessages({
  es: {
    'agency.created': 'Creó una agencia',
    'agency.updated': 'Modificó una agencia',
    'auth.sign_in_succeeded': 'Inició sesión',
    'auth.sign_in_failed': 'Intento de inicio de sesión fallido',
    'auth.signed_out': 'Cerró sesión',
    'auth.password_changed': 'Cambió su contraseña',
    'auth.password_change_failed': 'Intento fallido de cambiar la contraseña',
    'auth.permission_denied': 'Intentó una acción sin permiso',
    'auth.refresh_token_reused': 'Reutilizó una sesión ya renovada (posible robo)',
    'auth.csrf_failed': 'Petición rechazada por protección CSRF',
    'calendar.feed_rotated': 'Generó un enlace de calendario',
    'calendar.feed_revoked': 'Revocó su enlace de calendario',
    'meeting.created': 'Creó una reunión',
    'meeting.updated': 'Modificó una reunión',
    'meeting.status_changed': 'Cambió el estado de una reunión',
    'meeting.invited': 'Invitó agencias a una reunión',
    'meeting.uninvited': 'Retiró la invitación a una agencia',
    'meeting.rsvp': 'Respondió una invitación',
    'meeting.poll_created': 'Abrió una votación de fecha',
    'meeting.poll_answered': 'Respondió una votación de fecha',
    'meeting.poll_picked': 'Eligió la fecha de una reunión',
    'membership.created': 'Añadió una membresía',
    'membership.updated': 'Modificó una membresía',
    'membership.deleted': 'Quitó una membresía',
    'sharing_group.created': 'Creó un grupo de intercambio',
    'sharing_group.updated': 'Modificó un grupo de intercambio',
    'user.created': 'Creó una cuenta de usuario',
    'user.updated': 'Modificó una cuenta de usuario',
    'user.disabled': 'Desactivó una cuenta de usuario',
    'user.enabled': 'Reactivó una cuenta de usuario',
    'object.account': 'Cuenta',
    'object.agency': 'Agencia',
    'object.meeting': 'Reunión',
    'object.membership': 'Membresía',
    'object.route': 'Ruta',
    'object.sharing_group': 'Grupo de intercambio',
    'object.user': 'Usuario',
  },
  en: {
    'agency.created': 'Created an agency',
    'agency.updated': 'Changed an agency',
    'auth.sign_in_succeeded': 'Signed in',
    'auth.sign_in_failed': 'Failed sign-in attempt',
    'auth.signed_out': 'Signed out',
    'auth.password_changed': 'Changed their password',
    'auth.password_change_failed': 'Failed attempt to change the password',
    'auth.permission_denied': 'Tried an action without permission',
    'auth.refresh_token_reused': 'Reused an already renewed session (possible theft)',
    'auth.csrf_failed': 'Request refused by CSRF protection',
    'calendar.feed_rotated': 'Made a calendar link',
    'calendar.feed_revoked': 'Revoked their calendar link',
    'meeting.created': 'Created a meeting',
    'meeting.updated': 'Changed a meeting',
    'meeting.status_changed': 'Changed a meeting’s status',
    'meeting.invited': 'Invited agencies to a meeting',
    'meeting.uninvited': 'Withdrew an agency’s invitation',
    'meeting.rsvp': 'Answered an invitation',
    'meeting.poll_created': 'Opened a date poll',
    'meeting.poll_answered': 'Answered a date poll',
    'meeting.poll_picked': 'Picked a meeting’s date',
    'membership.created': 'Added a membership',
    'membership.updated': 'Changed a membership',
    'membership.deleted': 'Removed a membership',
    'sharing_group.created': 'Created a sharing group',
    'sharing_group.updated': 'Changed a sharing group',
    'user.created': 'Created a user account',
    'user.updated': 'Changed a user account',
    'user.disabled': 'Disabled a user account',
    'user.enabled': 'Re-enabled a user account',
    'object.account': 'Account',
    'object.agency': 'Agency',
    'object.meeting': 'Meeting',
    'object.membership': 'Membership',
    'object.route': 'Route',
    'object.sharing_group': 'Sharing group',
    'object.user': 'User',
  },
});

type Labels = Record<string, string>;

/** "Creó una reunión" for `meeting.created`; the code itself when it has no words yet. */
export function auditActionText(labels: Labels, action: string): string {
  return labels[action] ?? action;
}

/** "Reunión" for `meeting`; the type itself when it has no words yet. */
export function auditObjectText(labels: Labels, type: string): string {
  return labels[`object.${type}`] ?? type;
}
