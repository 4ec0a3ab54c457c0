import { Type } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeDto } from '@cumbre/contracts';
import { SessionStore } from '../app/core/session/session.store';

/**
 * Configures TestBed for a standalone component that talks to the API: the HTTP backend is
 * faked and the router has no routes. Returns the fake backend.
 */
export function configureComponentTest(component: Type<unknown>): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [component],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
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
