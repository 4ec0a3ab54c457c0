import type { ErrorCode } from '@cumbre/contracts';

type Area<P extends string> = Record<
  Extract<ErrorCode, `${P}.${string}`>,
  string
>;
type Codes = Area<'common'> & Area<'validation'> & Area<'auth'>;

// Texts start in upper case and end with a full stop; a field's label goes before them
// ("Título: Máximo 200 caracteres."). `{name}` is filled from the error's params.
export const COMMON_ERRORS_ES: Codes = {
  'common.bad_request': 'La solicitud no tiene el formato esperado.',
  'common.forbidden': 'No tienes permiso para hacer esto.',
  'common.not_found': 'No se encontró lo que buscas.',
  'common.method_not_allowed': 'Esta acción no está disponible.',
  'common.not_acceptable': 'El servidor no puede responder en ese formato.',
  'common.conflict': 'La acción choca con el estado actual de los datos.',
  'common.already_exists': 'Ya está en uso en otro registro.',
  'common.stale_version':
    'Otra persona cambió estos datos mientras los editabas. Vuelve a cargarlos e inténtalo de nuevo.',
  'common.broken_reference':
    'Los datos hacen referencia a algo que ya no existe, o algo depende todavía de ellos.',
  'common.write_collision': 'Dos cambios coincidieron. Inténtalo de nuevo.',
  'common.payload_too_large': 'La solicitud es demasiado grande.',
  'common.unsupported_media_type': 'El servidor no acepta ese formato.',
  'common.invalid_value': 'Un valor no es válido.',
  'common.too_many_requests':
    'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'common.idempotency_key_reused': 'Esta solicitud ya se usó para otro envío; vuelve a intentarlo.',
  'common.idempotency_key_in_progress': 'Tu envío anterior aún se está procesando; espera un momento.',
  'common.internal': 'Algo salió mal. Inténtalo de nuevo.',
  'common.unavailable':
    'El servicio no está disponible en este momento. Inténtalo en unos minutos.',
  'validation.failed': 'Revisa los datos del formulario.',
  'validation.required': 'Este campo es obligatorio.',
  'validation.too_long': 'Máximo {max} caracteres.',
  'validation.too_short': 'Mínimo {min} caracteres.',
  'validation.too_large': 'Debe ser como máximo {max}.',
  'validation.too_small': 'Debe ser como mínimo {min}.',
  'validation.too_many': 'Admite como máximo {max} elementos.',
  'validation.too_few': 'Necesita al menos {min} elementos.',
  'validation.duplicate': 'No puede repetir un mismo elemento.',
  'validation.not_uuid': 'No es un identificador válido.',
  'validation.not_email':
    'Escribe un correo válido, como nombre@entidad.gob.pe.',
  'validation.not_date': 'No es una fecha y hora válida.',
  'validation.not_url':
    'Escribe una dirección web completa que empiece por https://.',
  'validation.not_time_zone':
    'Elige una zona horaria de la lista, como America/Lima.',
  'validation.bad_format': 'El formato no es válido.',
  'validation.not_in_list': 'Elige una de las opciones de la lista.',
  'validation.wrong_type': 'El valor no es del tipo esperado.',
  'validation.unknown_field':
    'La solicitud lleva un dato que el servidor no acepta.',
  'validation.malformed_json': 'La solicitud no tiene el formato esperado.',
  'validation.nul_character': 'Contiene un carácter no permitido.',
  'validation.too_deep': 'La solicitud está anidada a más de {max} niveles.',
  'validation.not_well_formed': 'Contiene texto que no es Unicode válido.',
  'validation.range_reversed':
    'La fecha inicial no puede ser posterior a la final.',
  'validation.invalid': 'El valor no es válido.',
  'auth.unauthenticated': 'Inicia sesión para continuar.',
  'auth.invalid_credentials': 'Correo o contraseña incorrectos.',
  'auth.session_expired': 'Tu sesión terminó. Inicia sesión de nuevo.',
  'auth.too_many_attempts':
    'Demasiados intentos. Espera {retryAfterSeconds} segundos e inténtalo de nuevo.',
  'auth.forbidden_role': 'Tu rol no permite hacer esto.',
  'auth.no_access_policy': 'No tienes permiso para hacer esto.',
  'auth.csrf_failed':
    'La sesión de esta pestaña caducó. Recarga la página e inténtalo de nuevo.',
  'auth.password_too_common': 'Es demasiado común; elige otra.',
  'auth.totp_required': 'Ingresa el código de tu aplicación de autenticación; si el paso venció, vuelve a ingresar.',
  'auth.totp_invalid': 'El código no es válido o ya se usó; prueba con el actual.',
  'auth.two_factor_enrolment_required': 'Tu nivel de acceso exige la verificación en dos pasos: actívala primero.',
  'auth.two_factor_already_on': 'La verificación en dos pasos ya está activa en esta cuenta.',
  'auth.reset_token_invalid': 'El enlace no es válido o ya venció; pide uno nuevo.',
  'auth.wrong_current_password': 'No es correcta.',
  'auth.password_unchanged': 'Debe ser distinta de la actual.',
};

export const COMMON_ERRORS_EN: Codes = {
  'common.bad_request': 'The request does not have the expected form.',
  'common.forbidden': 'You are not allowed to do this.',
  'common.not_found': 'What you are looking for was not found.',
  'common.method_not_allowed': 'This action is not available.',
  'common.not_acceptable': 'The server cannot answer in that format.',
  'common.conflict': 'The action clashes with the current state of the data.',
  'common.already_exists': 'Already in use by another record.',
  'common.stale_version':
    'Someone else changed this while you were editing. Reload it and try again.',
  'common.broken_reference':
    'The data refers to something that no longer exists, or something still depends on it.',
  'common.write_collision': 'Two changes collided. Please try again.',
  'common.payload_too_large': 'The request is too large.',
  'common.unsupported_media_type': 'The server does not accept that format.',
  'common.invalid_value': 'A value is not valid.',
  'common.too_many_requests': 'Too many attempts. Wait a moment and try again.',
  'common.idempotency_key_reused': 'This request was already used for another submission; try again.',
  'common.idempotency_key_in_progress': 'Your previous submission is still being processed; wait a moment.',
  'common.internal': 'Something went wrong. Please try again.',
  'common.unavailable':
    'The service is not available right now. Try again in a few minutes.',
  'validation.failed': 'Check the form.',
  'validation.required': 'This field is required.',
  'validation.too_long': 'At most {max} characters.',
  'validation.too_short': 'At least {min} characters.',
  'validation.too_large': 'Must be at most {max}.',
  'validation.too_small': 'Must be at least {min}.',
  'validation.too_many': 'At most {max} items.',
  'validation.too_few': 'At least {min} items.',
  'validation.duplicate': 'Must not repeat an item.',
  'validation.not_uuid': 'Not a valid identifier.',
  'validation.not_email':
    'Enter a valid e-mail address, such as name@agency.gob.pe.',
  'validation.not_date': 'Not a valid date and time.',
  'validation.not_url': 'Enter a full web address starting with https://.',
  'validation.not_time_zone':
    'Choose a time zone from the list, such as America/Lima.',
  'validation.bad_format': 'The format is not valid.',
  'validation.not_in_list': 'Choose one of the options in the list.',
  'validation.wrong_type': 'The value is not of the expected type.',
  'validation.unknown_field':
    'The request carries a field the server does not accept.',
  'validation.malformed_json': 'The request does not have the expected form.',
  'validation.nul_character': 'Contains a character that is not allowed.',
  'validation.too_deep': 'The request is nested more than {max} levels deep.',
  'validation.not_well_formed': 'Contains text that is not valid Unicode.',
  'validation.range_reversed': 'The start date cannot be after the end date.',
  'validation.invalid': 'The value is not valid.',
  'auth.unauthenticated': 'Sign in to continue.',
  'auth.invalid_credentials': 'Wrong e-mail or password.',
  'auth.session_expired': 'Your session ended. Sign in again.',
  'auth.too_many_attempts':
    'Too many attempts. Wait {retryAfterSeconds} seconds and try again.',
  'auth.forbidden_role': 'Your role does not allow this.',
  'auth.no_access_policy': 'You are not allowed to do this.',
  'auth.csrf_failed':
    'This tab’s session expired. Reload the page and try again.',
  'auth.password_too_common': 'Too common; choose another one.',
  'auth.totp_required': 'Enter the code from your authenticator app; if the step expired, sign in again.',
  'auth.totp_invalid': 'The code is not valid or was already used; try the current one.',
  'auth.two_factor_enrolment_required': 'Your clearance requires two-step verification: turn it on first.',
  'auth.two_factor_already_on': 'Two-step verification is already on for this account.',
  'auth.reset_token_invalid': 'The link is not valid or has expired; ask for a new one.',
  'auth.wrong_current_password': 'Not correct.',
  'auth.password_unchanged': 'Must differ from the current one.',
};
