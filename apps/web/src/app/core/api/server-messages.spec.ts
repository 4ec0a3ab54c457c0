import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { COMMON } from '../i18n/common.messages';
import { splitServerErrors } from '../forms/server-errors';
import { describeError } from './api-error';
import { fieldLabel, translateServerMessage } from './server-messages';

const es = COMMON.es;
const en = COMMON.en;

function apiError(status: number, message: string | string[]) {
  return new HttpErrorResponse({
    status,
    error: { statusCode: status, error: 'x', message, requestId: 'r' },
    headers: new HttpHeaders(),
  });
}

describe('server messages in the reader’s words', () => {
  it.each([
    [
      'title must be shorter than or equal to 200 characters',
      'Título: debe tener como máximo 200 caracteres.',
      'Title: must be at most 200 characters long.',
    ],
    [
      'name must be longer than or equal to 2 characters',
      'Nombre: debe tener al menos 2 caracteres.',
      'Name: must be at least 2 characters long.',
    ],
    [
      'title should not be empty',
      'Título: este campo es obligatorio.',
      'Title: this field is required.',
    ],
    [
      'hostAgencyId must be a UUID',
      'Agencia anfitriona: no es un identificador válido.',
      'Host agency: is not a valid identifier.',
    ],
    [
      'email must be an email',
      'Correo: escribe un correo válido, como nombre@entidad.gob.pe.',
      'E-mail: enter a valid e-mail address, such as name@agency.gob.pe.',
    ],
    [
      'visibility must be one of the following values: internal, public',
      'Visibilidad: elige una de las opciones de la lista.',
      'Visibility: choose one of the options in the list.',
    ],
    [
      'deadline must be a valid ISO 8601 date string',
      'Plazo para responder: no es una fecha y hora válida.',
      'Deadline for answers: is not a valid date and time.',
    ],
    [
      'property foo should not exist',
      'La solicitud lleva un dato que el servidor no acepta (foo).',
      'The request carries a field the server does not accept (foo).',
    ],
    [
      'endsAt must be after startsAt',
      'Fin: debe ser posterior a «Inicio».',
      'End: must be after “Start”.',
    ],
    [
      'answers are closed: the meeting is cancelled',
      'Ya no se aceptan respuestas: la reunión está cancelada.',
      'Answers are closed: the meeting is cancelled.',
    ],
    [
      'answers are closed: the deadline was 2026-11-30T23:00:00.000Z',
      'Ya no se aceptan respuestas: el plazo terminó.',
      'Answers are closed: the deadline has passed.',
    ],
    [
      'a concluded meeting cannot move to scheduled; allowed moves: none',
      'La reunión está concluida y no puede pasar a «programada».',
      'The meeting is concluded and cannot move to “scheduled”.',
    ],
    [
      'slots[1].startsAt is in the past',
      'Opción 2 · Inicio: está en el pasado.',
      'Option 2 · Start: is in the past.',
    ],
    [
      'parentId: an agency cannot be its own parent',
      'Depende de: una agencia no puede depender de sí misma.',
      'Part of: an agency cannot be part of itself.',
    ],
    [
      'shortName is already in use by another record',
      'Nombre corto o sigla: ya está en uso en otro registro.',
      'Short name or acronym: is already used by another record.',
    ],
    [
      'each value in agencyIds must be a UUID',
      'Agencias: no es un identificador válido.',
      'Agencies: is not a valid identifier.',
    ],
    [
      'newPassword is too common; choose another one',
      'Contraseña nueva: es demasiado común; elige otra.',
      'New password: is too common; choose another one.',
    ],
  ])('%s', (raw, spanish, english) => {
    expect(translateServerMessage(raw, es).full).toBe(spanish);
    expect(translateServerMessage(raw, en).full).toBe(english);
  });

  it('names the field by the form’s own label and gives a short form for under the field', () => {
    const m = translateServerMessage(
      'venue.city must be shorter than or equal to 120 characters',
      es,
      {
        'venue.city': 'Ciudad de la sede',
      },
    );
    expect(m).toEqual({
      path: 'venue.city',
      short: 'Debe tener como máximo 120 caracteres.',
      full: 'Ciudad de la sede: debe tener como máximo 120 caracteres.',
      known: true,
    });
  });

  it('falls back to the server text, and to the path, when it knows neither', () => {
    expect(translateServerMessage('something odd happened', es)).toEqual({
      path: null,
      short: 'something odd happened',
      full: 'something odd happened',
      known: false,
    });
    expect(translateServerMessage('zork must be a string', es).full).toBe(
      'zork: debe ser un texto.',
    );
    expect(fieldLabel('venue.zork', es)).toBe('venue.zork');
  });
});

describe('describeError translates what the server says', () => {
  it('translates every message of a 400, in the current language', () => {
    const error = apiError(400, [
      'title must be shorter than or equal to 200 characters',
      'property foo should not exist',
    ]);
    expect(describeError(error, es)).toEqual([
      'Título: debe tener como máximo 200 caracteres.',
      'La solicitud lleva un dato que el servidor no acepta (foo).',
    ]);
    expect(describeError(error, en)[0]).toBe(
      'Title: must be at most 200 characters long.',
    );
  });

  it('says a known 409 reason in our words; a stale version stays the conflict sentence', () => {
    expect(
      describeError(
        apiError(
          409,
          'answers are closed: the convener has already picked a slot',
        ),
        es,
      ),
    ).toEqual([
      'Ya no se aceptan respuestas: quien convoca ya eligió una fecha.',
    ]);
    expect(
      describeError(
        apiError(
          409,
          'the meeting was changed by someone else; reload it and try again',
        ),
        es,
      ),
    ).toEqual([es.errorConflict]);
  });

  it('keeps the generic 403/404 sentence unless the reason is a known one', () => {
    expect(describeError(apiError(404, 'agency x not found'), es)).toEqual([
      es.errorNotFound,
    ]);
    expect(
      describeError(apiError(404, 'this meeting has no date poll'), es),
    ).toEqual(['Esta reunión no tiene votación de fecha.']);
    expect(describeError(apiError(403, 'Requires the admin role'), en)).toEqual(
      [en.errorForbidden],
    );
  });
});

describe('splitServerErrors', () => {
  const paths = {
    title: 'title',
    endsAt: 'endDate',
    'venue.city': 'venueCity',
  } as const;

  it('puts the short message under the field and names the field in general ones', () => {
    const error = apiError(400, [
      'endsAt must be after startsAt',
      'venue.city must be shorter than or equal to 120 characters',
      'timeZone must be an IANA time zone such as America/Lima',
      'parentId: no agency has id 1',
    ]);
    const split = splitServerErrors(error, paths, es, {
      startsAt: 'Fecha de inicio',
    });
    expect(split).toEqual({
      byField: {
        endDate: 'Debe ser posterior a «Fecha de inicio».',
        venueCity: 'Debe tener como máximo 120 caracteres.',
      },
      general: [
        'Zona horaria: elige una zona horaria de la lista, como America/Lima.',
        'Depende de: la agencia no existe.',
      ],
    });
  });

  it('places an unknown message by its leading path, as the server wrote it', () => {
    const split = splitServerErrors(apiError(400, 'title is odd'), paths, en);
    expect(split?.byField).toEqual({ title: 'title is odd' });
  });

  it('leaves other statuses to describeError', () => {
    expect(splitServerErrors(apiError(409, 'x'), paths, es)).toBeNull();
  });
});
