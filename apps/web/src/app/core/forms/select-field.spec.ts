import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { By } from '@angular/platform-browser';
import { MatSelect } from '@angular/material/select';
import { COMMON } from '../i18n/common.messages';
import { I18n } from '../i18n/i18n.service';
import { enumOptions, namedOptions, SelectField } from './select-field';

@Component({
  imports: [ReactiveFormsModule, SelectField],
  template: `
    <form [formGroup]="form" novalidate>
      <app-select-field
        [control]="form.controls.agency"
        label="Agencia"
        [options]="agencies"
        required
        hint="Una de tus agencias"
        testId="agency"
      />
      <app-select-field
        [control]="form.controls.kind"
        label="Tipo"
        [options]="kinds()"
        empty="Todos"
        (picked)="picked.push($event)"
      />
    </form>
  `,
})
class Host {
  readonly form = inject(NonNullableFormBuilder).group({
    agency: ['', Validators.required],
    kind: [''],
  });
  readonly agencies = namedOptions([
    { id: 'a-pcm', name: 'Presidencia del Consejo de Ministros' },
    { id: 'a-piura', name: 'Gobierno Regional de Piura' },
  ]);
  readonly kinds = enumOptions(['national', 'regional'], COMMON, 'kind');
  readonly picked: string[] = [];
}

describe('SelectField', () => {
  beforeEach(() => {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const selects = fixture.debugElement.queryAll(By.directive(MatSelect)).map((d) => d.componentInstance as MatSelect);
    return { fixture, el: fixture.nativeElement as HTMLElement, selects };
  }

  const labels = (select: MatSelect) => select.options.map((o) => o.viewValue);

  it('offers the options by name, an empty first one where asked, and names the field', async () => {
    const { el, selects } = await render();
    const [agency, kind] = selects;
    expect(labels(agency)).toEqual(['Presidencia del Consejo de Ministros', 'Gobierno Regional de Piura']);
    expect(agency.options.map((o) => o.value)).toEqual(['a-pcm', 'a-piura']);
    expect(agency.required).toBe(true);
    expect(el.querySelector('[data-testid=agency]')).not.toBeNull();
    expect(el.textContent).toContain('Una de tus agencias');
    expect(labels(kind)).toEqual(['Todos', 'Nacional', 'Regional']);
    expect(kind.options.first.value).toBe('');
  });

  it('sets the form control and says what was picked', async () => {
    const { fixture, selects } = await render();
    const host = fixture.componentInstance;
    selects[1].options.get(2)?._selectViaInteraction();
    await fixture.whenStable();
    expect(host.form.controls.kind.value).toBe('regional');
    expect(host.picked).toEqual(['regional']);
    host.form.controls.agency.setValue('a-piura');
    await fixture.whenStable();
    expect(selects[0].selected).toBe(selects[0].options.get(1));
  });

  it('shows its first error once the form is touched from outside the field', async () => {
    const { fixture, el } = await render();
    expect(el.querySelectorAll('mat-error')).toHaveLength(0);
    fixture.componentInstance.form.markAllAsTouched(); // what revealErrors does on submit
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim())).toEqual([
      'Este campo es obligatorio.',
    ]);
  });

  it('follows the language switch', async () => {
    const { fixture, selects } = await render();
    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(labels(selects[1])).toEqual(['Todos', 'National', 'Regional']);
  });
});
