import type { Provider, Type } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeDto } from '@cumbre/contracts';
import { provideFormFieldDefaults } from '../app/core/forms/form-field-defaults';
import { Confirm, type ConfirmRequest } from '../app/core/layout/confirm-dialog';
import { SessionStore } from '../app/core/session/session.store';

/**
 * Configures TestBed for a standalone component that talks to the API: the HTTP backend is
 * faked, the router has no routes, and `providers` stand beside them (a stubbed client, a
 * `Confirm` that answers). Returns the fake backend.
 */
export function configureComponentTest(component: Type<unknown>, providers: Provider[] = []): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideFormFieldDefaults(),
      ...providers,
    ],
  });
  return TestBed.inject(HttpTestingController);
}

/** Signs `user` in through the session store, answering its request on the fake backend. */
export async function signInThroughBackend(backend: HttpTestingController, user: MeDto): Promise<void> {
  const signingIn = TestBed.inject(SessionStore).signIn({
    email: user.email,
    password: 'x'.repeat(12),
  });
  backend.expectOne('/api/auth/login').flush(user);
  await signingIn;
}

/** A `Confirm` whose dialog answers at once with what `ask` says (which may note the request). */
export function fakeConfirm(ask: (request: ConfirmRequest) => boolean): Provider {
  return { provide: Confirm, useValue: { ask: async (request: ConfirmRequest) => ask(request) } };
}

/**
 * Lets pending promises and the change detection they cause run; `rounds` times where reads
 * follow one another (a page's data, then what it asks for next).
 */
export async function settle(fixture: ComponentFixture<unknown>, rounds = 1): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}
