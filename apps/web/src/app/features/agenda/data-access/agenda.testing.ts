// Test set-up of the agenda's component specs (beside the fixtures; used by specs only).
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

/**
 * Creates `component` in Spanish (no language cookie) with a faked HTTP backend, no routes and
 * `providers` beside them, its `inputs` set; the spec runs the first change detection itself.
 */
export function createAgendaPart<T>(
  component: Type<T>,
  inputs: Record<string, unknown>,
  providers: Provider[] = [],
): { fixture: ComponentFixture<T>; backend: HttpTestingController } {
  document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
  TestBed.configureTestingModule({
    imports: [component],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), ...providers],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  return { fixture, backend };
}

/** Lets pending promises and the resulting change detection run. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
