import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto } from '@cumbre/contracts';
import { me } from '../../../testing/fixtures';
import { signInThroughBackend } from '../../../testing/component-test';
import { authGuard, enrolmentGuard } from './auth.guards';

@Component({ template: 'page' })
class Page {}

const ENROLLING: Partial<MeDto> = {
  twoFactor: { enabled: false, required: true, enrolmentOnly: true, recoveryCodesLeft: 0 },
};

describe('enrolmentGuard', () => {
  async function signedInAs(user: MeDto): Promise<{ harness: RouterTestingHarness; router: Router }> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'ingresar', component: Page },
          {
            path: 'app',
            canActivate: [authGuard],
            canActivateChild: [enrolmentGuard],
            children: [
              { path: '', component: Page },
              { path: 'reuniones/:id', component: Page },
              { path: 'cuenta/doble-factor', component: Page },
              { path: 'cuenta/sesiones', component: Page },
              { path: 'cambiar-contrasena', component: Page },
            ],
          },
        ]),
      ],
    });
    await signInThroughBackend(TestBed.inject(HttpTestingController), user);
    return { harness: await RouterTestingHarness.create(), router: TestBed.inject(Router) };
  }

  it('takes a session that may only enrol from any other staff page to enrolment, remembering the page', async () => {
    const { harness, router } = await signedInAs(me(ENROLLING));
    await harness.navigateByUrl('/app/reuniones/m-1?pestana=agenda');
    expect(router.url).toBe('/app/cuenta/doble-factor?volver=%2Fapp%2Freuniones%2Fm-1%3Fpestana%3Dagenda');
    await harness.navigateByUrl('/app');
    expect(router.url).toBe('/app/cuenta/doble-factor');
  });

  it('lets it open the enrolment, sessions and password pages', async () => {
    const { harness, router } = await signedInAs(me(ENROLLING));
    for (const url of ['/app/cuenta/doble-factor', '/app/cuenta/sesiones', '/app/cambiar-contrasena?x=1']) {
      await harness.navigateByUrl(url);
      expect(router.url).toBe(url);
    }
  });

  it('leaves a full session alone', async () => {
    const { harness, router } = await signedInAs(
      me({ twoFactor: { enabled: true, required: true, enrolmentOnly: false, recoveryCodesLeft: 10 } }),
    );
    await harness.navigateByUrl('/app/reuniones/m-1');
    expect(router.url).toBe('/app/reuniones/m-1');
    await harness.navigateByUrl('/app');
    expect(router.url).toBe('/app');
  });
});
