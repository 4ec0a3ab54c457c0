import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SESSION_HINT_COOKIE } from '@cumbre/contracts';
import { LAMBAYEQUE, me, PIURA } from '../../../testing/fixtures';
import { CURRENT_AGENCY_KEY, SessionStore } from './session.store';

describe('SessionStore', () => {
  let http: HttpTestingController;

  function setup(hint = true): SessionStore {
    document.cookie = hint ? `${SESSION_HINT_COOKIE}=1; Path=/` : `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/`;
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(SessionStore);
  }

  /** A new store, loaded as a member of Piura and Lambayeque. */
  async function loadedWithTwoAgencies(): Promise<SessionStore> {
    const store = setup();
    const loading = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush(me({ memberships: [PIURA, LAMBAYEQUE] }));
    await loading;
    return store;
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('loads the signed-in user once and reuses the answer', async () => {
    const store = setup();
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(me());
    expect(await first).toEqual(me());
    expect(await second).toEqual(me());
    expect(await store.ensureLoaded()).toEqual(me());
    expect(store.signedIn()).toBe(true);
    expect(store.currentAgency()?.shortName).toBe('GR Piura');
  });

  it('does not ask the server when the browser has no session hint', async () => {
    const store = setup(false);
    expect(await store.ensureLoaded()).toBeNull();
    http.expectNone('/api/auth/me');
    expect(store.signedIn()).toBe(false);
  });

  it('answers null when nobody is signed in', async () => {
    const store = setup();
    const loading = store.ensureLoaded();
    http
      .expectOne('/api/auth/me')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    expect(await loading).toBeNull();
    expect(store.signedIn()).toBe(false);
    expect(store.isAdmin()).toBe(false);
    // A stale hint is dropped, so the next visit does not ask again.
    expect(document.cookie).not.toContain(`${SESSION_HINT_COOKIE}=1`);
  });

  it('derives the roles from the platform roles', async () => {
    const store = setup();
    const signingIn = store.signIn({
      email: 'admin@cumbre.demo',
      password: 'x'.repeat(12),
    });
    const req = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(req.request.body).toEqual({
      email: 'admin@cumbre.demo',
      password: 'x'.repeat(12),
    });
    req.flush(me({ platformRoles: ['admin'], memberships: [] }));
    await signingIn;
    expect(store.isAdmin()).toBe(true);
    expect(store.isModerator()).toBe(false);
    expect(store.currentMembership()).toBeNull();
    expect(store.hasSeveralAgencies()).toBe(false);
  });

  it('switches agency among the user’s memberships and remembers the choice', async () => {
    const store = await loadedWithTwoAgencies();
    expect(store.hasSeveralAgencies()).toBe(true);
    expect(store.currentAgency()?.id).toBe(PIURA.agency.id);

    store.selectAgency(LAMBAYEQUE.agency.id);
    expect(store.currentAgency()?.id).toBe(LAMBAYEQUE.agency.id);
    expect(localStorage.getItem(CURRENT_AGENCY_KEY)).toBe(LAMBAYEQUE.agency.id);

    store.selectAgency('not-a-membership');
    expect(store.currentAgency()?.id).toBe(LAMBAYEQUE.agency.id);
  });

  it('restores a saved agency, and falls back to the first when it is no longer a membership', async () => {
    localStorage.setItem(CURRENT_AGENCY_KEY, LAMBAYEQUE.agency.id);
    const store = await loadedWithTwoAgencies();
    expect(store.currentAgency()?.id).toBe(LAMBAYEQUE.agency.id);

    TestBed.resetTestingModule();
    localStorage.setItem(CURRENT_AGENCY_KEY, 'gone');
    const other = await loadedWithTwoAgencies();
    expect(other.currentAgency()?.id).toBe(PIURA.agency.id);
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const store = setup();
    const signingIn = store.signIn({
      email: 'a@b.pe',
      password: 'x'.repeat(12),
    });
    http.expectOne('/api/auth/login').flush(me());
    await signingIn;

    const signingOut = store.signOut();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).error(new ProgressEvent('error'));
    await signingOut;
    expect(store.me()).toBeNull();
    expect(await store.ensureLoaded()).toBeNull();
  });
});
