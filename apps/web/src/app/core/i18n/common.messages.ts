import type { AgencyKind, MembershipRole, PlatformRole, TlpLevel } from '@cumbre/contracts';
import { ERRORS_EN, ERRORS_ES } from '../errors';
import { defineMessages } from './translate';

/** Words used across features: labels of the shared enums, buttons, generic errors. */
export const COMMON = defineMessages({
  es: {
    appName: 'Cumbre',
    save: 'Guardar',
    saving: 'Guardando…',
    cancel: 'Cancelar',
    edit: 'Editar',
    remove: 'Quitar',
    chooseFile: 'Elegir archivo',
    chooseFiles: 'Elegir archivos',
    noFileChosen: 'Ningún archivo elegido',
    create: 'Crear',
    add: 'Añadir',
    search: 'Buscar',
    all: 'Todos',
    loading: 'Cargando…',
    none: '—',
    yes: 'Sí',
    no: 'No',
    saved: 'Cambios guardados.',
    errorGeneric: 'Algo salió mal. Inténtalo de nuevo.',
    errorNetwork: 'No se pudo conectar con el servidor. Revisa tu conexión.',
    errorConflict: 'Otra persona cambió estos datos mientras los editabas. Vuelve a cargarlos e inténtalo de nuevo.',
    errorForbidden: 'No tienes permiso para hacer esto.',
    errorNotFound: 'No se encontró lo que buscas.',
    errorThrottled: 'Demasiados intentos. Espera {seconds} segundos e inténtalo de nuevo.',
    errorThrottledShort: 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
    required: 'Este campo es obligatorio.',
    email: 'Escribe un correo válido, como nombre@entidad.gob.pe.',
    minlength: 'Debe tener al menos {n} caracteres.',
    maxlength: 'Debe tener como máximo {n} caracteres.',
    pattern: 'El formato no es válido.',
    mismatch: 'Las contraseñas no coinciden.',
    datePattern: 'dd/mm/aaaa',
    badDate: 'Escribe la fecha como dd/mm/aaaa, por ejemplo 05/12/2026.',
    dateRange: 'La fecha debe caer entre los años 2000 y 2100.',
    badTime: 'Escribe la hora en formato de 24 horas, como 09:00 o 18:30.',
    'kind.national': 'Nacional',
    'kind.regional': 'Regional',
    'kind.local': 'Local',
    'kind.police': 'Policía',
    'kind.prosecutor': 'Fiscalía',
    'kind.other': 'Otra',
    'role.leader': 'Titular',
    'role.staff': 'Personal',
    'role.analyst': 'Analista',
    'platform.admin': 'Administración',
    'platform.moderator': 'Moderación',
    previous: 'Anterior',
    next: 'Siguiente',
    pageOf: '{from}–{to} de {total}',
    close: 'Cerrar',
    ...ERRORS_ES,
  },
  en: {
    appName: 'Cumbre',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    chooseFile: 'Choose a file',
    chooseFiles: 'Choose files',
    noFileChosen: 'No file chosen',
    create: 'Create',
    add: 'Add',
    search: 'Search',
    all: 'All',
    loading: 'Loading…',
    none: '—',
    yes: 'Yes',
    no: 'No',
    saved: 'Changes saved.',
    errorGeneric: 'Something went wrong. Please try again.',
    errorNetwork: 'Could not reach the server. Check your connection.',
    errorConflict: 'Someone else changed this while you were editing. Reload it and try again.',
    errorForbidden: 'You are not allowed to do this.',
    errorNotFound: 'What you are looking for was not found.',
    errorThrottled: 'Too many attempts. Wait {seconds} seconds and try again.',
    errorThrottledShort: 'Too many attempts. Wait a moment and try again.',
    required: 'This field is required.',
    email: 'Enter a valid e-mail address, such as name@agency.gob.pe.',
    minlength: 'Must be at least {n} characters long.',
    maxlength: 'Must be at most {n} characters long.',
    pattern: 'The format is not valid.',
    mismatch: 'The passwords do not match.',
    datePattern: 'dd/mm/yyyy',
    badDate: 'Write the date as dd/mm/yyyy, for example 05/12/2026.',
    dateRange: 'The date must fall between the years 2000 and 2100.',
    badTime: 'Write the time in 24-hour format, such as 09:00 or 18:30.',
    'kind.national': 'National',
    'kind.regional': 'Regional',
    'kind.local': 'Local',
    'kind.police': 'Police',
    'kind.prosecutor': 'Prosecutor',
    'kind.other': 'Other',
    'role.leader': 'Head',
    'role.staff': 'Staff',
    'role.analyst': 'Analyst',
    'platform.admin': 'Administration',
    'platform.moderator': 'Moderation',
    previous: 'Previous',
    next: 'Next',
    pageOf: '{from}–{to} of {total}',
    close: 'Close',
    ...ERRORS_EN,
  },
});

export type CommonMessages = Record<keyof (typeof COMMON)['es'], string>;

export function kindLabel(t: CommonMessages, kind: AgencyKind): string {
  return t[`kind.${kind}`];
}

export function roleLabel(t: CommonMessages, role: MembershipRole): string {
  return t[`role.${role}`];
}

export function platformRoleLabel(t: CommonMessages, role: PlatformRole): string {
  return t[`platform.${role}`];
}

/** TLP markings are an international standard and are shown as they are written. */
export function tlpLabel(level: TlpLevel): string {
  return `TLP:${level}`;
}
