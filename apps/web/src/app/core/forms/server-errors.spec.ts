import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '../api/api-error';
import { COMMON } from '../i18n/common.messages';
import { placeServerErrors } from './server-errors';

const failed = (status: number, body: object) => ApiError.from(new HttpErrorResponse({ status, error: body }));

const validation = failed(400, {
  statusCode: 400,
  code: 'validation.failed',
  message: 'validation failed',
  fields: [
    {
      field: 'venue.city',
      code: 'validation.too_long',
      params: { max: 80 },
      message: 'venue.city must be shorter than or equal to 80 characters',
    },
    {
      field: 'title',
      code: 'validation.required',
      message: 'title should not be empty',
    },
    {
      field: 'onlineUrl',
      code: 'validation.too_long',
      params: { max: 500 },
      message: 'onlineUrl must be shorter than or equal to 500 characters',
    },
  ],
});

function setting() {
  const form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    city: new FormControl('Trujillo', {
      nonNullable: true,
      validators: [Validators.minLength(20)],
    }),
  });
  const extra = signal<string[]>(['an old message']);
  const target = {
    controls: form.controls,
    paths: { title: 'title', venue: 'city' } as const,
    extra,
  };
  return { form, extra, target };
}

describe('placeServerErrors', () => {
  it('puts each field error under its control, touched, and the rest in the list, labelled', () => {
    const { form, extra, target } = setting();
    const placed = placeServerErrors(validation, target, COMMON.es, {
      onlineUrl: 'Enlace de la reunión',
    });
    expect(placed).toBe(true);
    // venue.city lies under venue, which the form shows in its city field.
    expect(form.controls.city.errors).toEqual({
      minlength: { requiredLength: 20, actualLength: 8 },
      message: 'Máximo 80 caracteres.',
    });
    expect(form.controls.city.touched).toBe(true);
    expect(form.controls.title.errors).toEqual({
      message: 'Este campo es obligatorio.',
    });
    expect(form.controls.title.touched).toBe(true);
    // No control for onlineUrl: a general message naming the field by the label given.
    expect(extra()).toEqual(['Enlace de la reunión: Máximo 500 caracteres.']);
  });

  it('speaks the language it is given', () => {
    const { form, target } = setting();
    placeServerErrors(validation, target, COMMON.en);
    expect(form.controls.title.errors).toEqual({
      message: 'This field is required.',
    });
  });

  it('leaves any other failure to the action', () => {
    const { form, extra, target } = setting();
    const stale = failed(409, {
      statusCode: 409,
      code: 'common.stale_version',
      message: 'the meeting was changed by someone else',
    });
    expect(placeServerErrors(stale, target, COMMON.es)).toBe(false);
    expect(form.controls.title.errors).toBeNull();
    expect(form.controls.title.touched).toBe(false);
    expect(extra()).toEqual(['an old message']);
  });
});
