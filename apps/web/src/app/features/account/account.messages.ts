import { defineMessages } from '../../core/i18n/translate';

export const ACCOUNT_MESSAGES = defineMessages({
  es: {
    twoFactorTitle: 'Verificación en dos pasos',
    twoFactorLead:
      'Además de su contraseña, Cumbre le pedirá un código de seis dígitos de una aplicación de autenticación (por ejemplo Google Authenticator, Microsoft Authenticator o FreeOTP).',
    requiredNotice:
      'Su autorización (TLP:AMBER o superior) exige la verificación en dos pasos. Actívela para usar Cumbre.',
    enabled: 'La verificación en dos pasos está activada.',
    recoveryLeft: 'Códigos de recuperación sin usar: {n}.',
    start: 'Activar la verificación en dos pasos',
    scan: 'Escanee este código QR con su aplicación de autenticación.',
    qrAlt: 'Código QR para la aplicación de autenticación',
    manual: 'Si no puede escanearlo, escriba esta clave:',
    firstCode: 'Código de la aplicación',
    confirm: 'Confirmar',
    wrongCode:
      'El código no es válido. Escriba el código que muestra ahora la aplicación.',
    codesTitle: 'Sus códigos de recuperación',
    codesLead:
      'Guárdelos en un lugar seguro: se muestran solo esta vez. Cada uno sirve una sola vez si pierde el teléfono.',
    done: 'Listo, continuar',
    sessionsTitle: 'Mis sesiones',
    sessionsLead: 'Dónde y cuándo se inició cada sesión abierta con su cuenta.',
    started: 'Inicio',
    lastUsed: 'Último uso',
    address: 'Dirección IP',
    device: 'Navegador o aplicación',
    unknown: 'desconocido',
    current: 'Esta sesión',
    signOutOne: 'Cerrar esta sesión',
    signOutOthers: 'Cerrar todas las demás sesiones',
    noOthers: 'No hay otras sesiones abiertas.',
    signedOut: 'Sesión cerrada.',
  },
  en: {
    twoFactorTitle: 'Two-step verification',
    twoFactorLead:
      'Besides your password, Cumbre will ask for a six-digit code from an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP).',
    requiredNotice:
      'Your clearance (TLP:AMBER or higher) requires two-step verification. Turn it on to use Cumbre.',
    enabled: 'Two-step verification is on.',
    recoveryLeft: 'Unused recovery codes: {n}.',
    start: 'Turn on two-step verification',
    scan: 'Scan this QR code with your authenticator app.',
    qrAlt: 'QR code for the authenticator app',
    manual: 'If you cannot scan it, type this key:',
    firstCode: 'Code from the app',
    confirm: 'Confirm',
    wrongCode: 'The code is not valid. Type the code the app shows now.',
    codesTitle: 'Your recovery codes',
    codesLead:
      'Keep them somewhere safe: they are shown only this once. Each works once if you lose your phone.',
    done: 'Done, continue',
    sessionsTitle: 'My sessions',
    sessionsLead: 'Where and when each session open with your account started.',
    started: 'Started',
    lastUsed: 'Last used',
    address: 'IP address',
    device: 'Browser or app',
    unknown: 'unknown',
    current: 'This session',
    signOutOne: 'Sign out this session',
    signOutOthers: 'Sign out every other session',
    noOthers: 'No other sessions are open.',
    signedOut: 'Session signed out.',
  },
});
