import { defineMessages } from '../../core/i18n/translate';

export const AUTH_MESSAGES = defineMessages({
  es: {
    signInTitle: 'Ingresar a Cumbre',
    signInLead: 'Para el personal de las entidades participantes.',
    email: 'Correo institucional',
    password: 'Contraseña',
    submit: 'Ingresar',
    submitting: 'Ingresando…',
    wrongCredentials: 'Correo o contraseña incorrectos.',
    showPassword: 'Mostrar contraseña',
    show: 'Mostrar',
    hide: 'Ocultar',
    changeTitle: 'Cambiar contraseña',
    changeLead:
      'La nueva contraseña debe tener entre 12 y 128 caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.',
    currentPassword: 'Contraseña actual',
    newPassword: 'Nueva contraseña',
    confirmPassword: 'Repite la nueva contraseña',
    changeSubmit: 'Cambiar contraseña',
    changed: 'Tu contraseña se cambió.',
    wrongCurrent: 'La contraseña actual no es correcta.',
    samePassword: 'La nueva contraseña debe ser distinta de la actual.',
    tooCommon:
      'Esa contraseña es demasiado común. Elige otra, por ejemplo una frase de varias palabras.',
  },
  en: {
    signInTitle: 'Sign in to Cumbre',
    signInLead: 'For the staff of the participating agencies.',
    email: 'Work e-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrongCredentials: 'Wrong e-mail or password.',
    showPassword: 'Show password',
    show: 'Show',
    hide: 'Hide',
    changeTitle: 'Change password',
    changeLead:
      'The new password must be 12 to 128 characters long. A phrase of several words is easy to remember and hard to guess.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    changeSubmit: 'Change password',
    changed: 'Your password was changed.',
    wrongCurrent: 'The current password is not correct.',
    samePassword: 'The new password must differ from the current one.',
    tooCommon:
      'That password is too common. Choose another, for example a phrase of several words.',
  },
});
