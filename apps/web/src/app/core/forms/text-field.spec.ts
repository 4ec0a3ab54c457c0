import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TextField } from './text-field';

@Component({
  imports: [ReactiveFormsModule, TextField],
  template: `
    <form [formGroup]="form" novalidate>
      <app-text-field [control]="form.controls.name" label="Nombre" required [maxlength]="5" />
      <app-text-field
        [control]="form.controls.code"
        label="Código"
        mono
        hint="PE-PIU"
        patternError="Escriba un código ISO 3166-2."
      />
      <app-text-field [control]="form.controls.notes" label="Notas" [rows]="3" />
      <app-text-field [control]="form.controls.title" label="Título" [limit]="10" testId="title" />
    </form>
  `,
})
class Host {
  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    code: ['', Validators.pattern(/^PE-[A-Z]{3}$/)],
    notes: [''],
    title: ['', Validators.maxLength(10)],
  });
}

describe('TextField', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('labels an input or a textarea bound to the form control, with its hint', async () => {
    const { fixture, el } = await render();
    const [name, code] = Array.from(el.querySelectorAll('input'));
    expect(el.querySelectorAll('textarea')).toHaveLength(1);
    expect(el.textContent).toContain('Nombre');
    expect(el.textContent).toContain('PE-PIU');
    expect(name.required).toBe(true);
    expect(name.maxLength).toBe(5);
    expect(code.classList).toContain('mono');
    name.value = 'Piura';
    name.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.name.value).toBe('Piura');
  });

  it("shows every field's first error once the form is touched from outside the fields", async () => {
    const { fixture, el } = await render();
    const { form } = fixture.componentInstance;
    form.controls.code.setValue('Piura');
    await fixture.whenStable();
    expect(el.querySelectorAll('mat-error')).toHaveLength(0);
    form.markAllAsTouched(); // what revealErrors does on submit
    fixture.detectChanges();
    await fixture.whenStable();
    const errors = Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Este campo es obligatorio.', 'Escriba un código ISO 3166-2.']);
  });

  it('counts a limited text, keeps a pasted text over the limit whole and says at once by how much', async () => {
    const { fixture, el } = await render();
    const title = el.querySelector('[data-testid=title]') as HTMLInputElement;
    const count = () => el.querySelector('[data-testid=title-count]')?.textContent?.trim();
    expect(count()).toBe('0 / 10');
    expect(title.hasAttribute('maxlength')).toBe(false);
    title.value = 'Cumbre';
    title.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(count()).toBe('6 / 10');
    expect(el.querySelectorAll('mat-error')).toHaveLength(0);
    fixture.componentInstance.form.controls.title.setValue('Cumbre de Piura'); // pasted, 15 characters
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.title.value).toBe('Cumbre de Piura');
    expect(Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim())).toEqual([
      'Debe tener como máximo 10 caracteres. (15 / 10)',
    ]);
  });
});
