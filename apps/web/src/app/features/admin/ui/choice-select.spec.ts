import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChoiceSelect } from './choice-select';

type Level = 'low' | 'high';

@Component({
  imports: [ChoiceSelect],
  template: `
    <app-choice-select
      [options]="levels"
      [value]="value()"
      [optionText]="text"
      label="Nivel — Piura"
      [disabled]="disabled()"
      (chosen)="chosen.push($event)"
    />
  `,
})
class Host {
  readonly levels: readonly Level[] = ['low', 'high'];
  readonly value = signal<Level>('low');
  readonly disabled = signal(false);
  readonly text = (level: Level) => `Nivel ${level}`;
  readonly chosen: Level[] = [];
}

describe('ChoiceSelect', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const select = (fixture.nativeElement as HTMLElement).querySelector('select') as HTMLSelectElement;
    return { fixture, host: fixture.componentInstance, select };
  }

  it('shows the value among the worded options, named for screen readers', async () => {
    const { select } = await render();
    expect(select.getAttribute('aria-label')).toBe('Nivel — Piura');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual(['Nivel low', 'Nivel high']);
    expect(select.value).toBe('low');
  });

  it('emits the option chosen, and nothing for a value that is not an option', async () => {
    const { host, select } = await render();
    select.value = 'high';
    select.dispatchEvent(new Event('change'));
    const stray = document.createElement('option');
    stray.value = 'other';
    select.appendChild(stray);
    select.value = 'other';
    select.dispatchEvent(new Event('change'));
    expect(host.chosen).toEqual(['high']);
  });

  it('is disabled while the page is busy', async () => {
    const { fixture, host, select } = await render();
    host.disabled.set(true);
    await fixture.whenStable();
    expect(select.disabled).toBe(true);
  });
});
