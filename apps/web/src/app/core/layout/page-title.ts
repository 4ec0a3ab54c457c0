import { effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';

/** Keeps the tab title in the current language: "Agencias · Cumbre". */
export function pageTitle(text: () => string): void {
  const title = inject(Title);
  effect(() => {
    const value = text();
    title.setTitle(value ? `${value} · Cumbre` : 'Cumbre');
  });
}
