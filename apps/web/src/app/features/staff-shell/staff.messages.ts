import { defineMessages } from '../../core/i18n/translate';

export const STAFF_MESSAGES = defineMessages({
  es: {
    skip: 'Saltar al contenido',
    mainNav: 'Navegación principal',
    home: 'Inicio',
    meetings: 'Reuniones',
    directory: 'Directorio de agencias',
    admin: 'Administración',
    currentAgency: 'Agencia actual',
    actingFor: 'Actuando por: {agency}',
    switchAgency: 'Cambiar de agencia',
    userMenu: 'Menú de {name}',
    changePassword: 'Cambiar contraseña',
    signOut: 'Cerrar sesión',
    noAgency: 'Sin agencia',
  },
  en: {
    skip: 'Skip to content',
    mainNav: 'Main navigation',
    home: 'Home',
    meetings: 'Meetings',
    directory: 'Agency directory',
    admin: 'Administration',
    currentAgency: 'Current agency',
    actingFor: 'Acting for: {agency}',
    switchAgency: 'Switch agency',
    userMenu: 'Menu of {name}',
    changePassword: 'Change password',
    signOut: 'Sign out',
    noAgency: 'No agency',
  },
});
