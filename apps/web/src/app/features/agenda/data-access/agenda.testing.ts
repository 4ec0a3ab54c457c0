// Test set-up of the agenda's component specs (beside the fixtures; used by specs only).
import type { HttpTestingController } from '@angular/common/http/testing';
import type { Provider, Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { configureComponentTest } from '../../../../testing/component-test';

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
  const backend = configureComponentTest(component, providers);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  return { fixture, backend };
}
