import { computed, inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { isTwoFactorChallenge, SESSION_HINT_COOKIE } from '@cumbre/contracts';
import type { MeDto, MembershipDto, SignInRequest, TwoFactorChallengeDto } from '@cumbre/contracts';
import { SessionApi } from './session-api';
import { httpStatus } from '../api/api-error';

export const CURRENT_AGENCY_KEY = 'cumbre.currentAgency';

/**
 * Who is signed in and which of their agencies they are acting for. Tokens live in HttpOnly
 * cookies the app never sees; this store only holds what `GET /api/auth/me` says.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly document = inject(DOCUMENT);

  private readonly meState = signal<MeDto | null>(null);
  private readonly agencyChoice = signal<string | null>(this.readSavedAgency());
  private loading: Promise<MeDto | null> | null = null;
  private loaded = false;

  readonly me = this.meState.asReadonly();
  readonly signedIn = computed(() => this.meState() !== null);
  readonly memberships = computed<MembershipDto[]>(() => this.meState()?.memberships ?? []);
  readonly isAdmin = computed(() => this.meState()?.platformRoles.includes('admin') ?? false);
  readonly isModerator = computed(() => this.meState()?.platformRoles.includes('moderator') ?? false);
  /** Signed in with a session that may only enrol a second factor (see `enrolmentGuard`). */
  readonly enrolmentOnly = computed(() => this.meState()?.twoFactor?.enrolmentOnly === true);
  readonly hasSeveralAgencies = computed(() => this.memberships().length > 1);
  /** The chosen membership when it is still one of the user's, else the first one. */
  readonly currentMembership = computed<MembershipDto | null>(() => {
    const memberships = this.memberships();
    const chosen = this.agencyChoice();
    return memberships.find((m) => m.agency.id === chosen) ?? memberships[0] ?? null;
  });
  readonly currentAgency = computed(() => this.currentMembership()?.agency ?? null);

  /** Loads the session once; later calls reuse the answer. Resolves null when nobody is signed in. */
  ensureLoaded(): Promise<MeDto | null> {
    if (this.loaded) return Promise.resolve(this.meState());
    // Without the session hint nobody is signed in here: no request, so no 401 in the console.
    if (this.isBrowser && !this.hasSessionHint()) return Promise.resolve(this.accept(null));
    this.loading ??= this.api
      .me()
      .then((me) => this.accept(me))
      .catch((error: unknown) => {
        if (httpStatus(error) !== 401) throw error;
        this.forgetSessionHint();
        return this.accept(null);
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  /** The signed-in user, or the challenge of the second step when two-factor sign-in is on. */
  async signIn(credentials: SignInRequest): Promise<MeDto | TwoFactorChallengeDto> {
    const answer: MeDto | TwoFactorChallengeDto = await this.api.signIn(credentials);
    if (isTwoFactorChallenge(answer)) return answer;
    this.accept(answer);
    return answer;
  }

  /** After the second step of a sign-in, or when the session's state changed (2FA enrolled). */
  signedInAs(me: MeDto): void {
    this.accept(me);
  }

  /** Always ends signed out locally, even when the server cannot be reached. */
  async signOut(): Promise<void> {
    try {
      await this.api.signOut();
    } catch {
      // The cookies expire anyway; the user asked to leave and must not be kept in.
    } finally {
      this.clear();
    }
  }

  /** Forgets the user (after a failed refresh or a sign-out). */
  clear(): void {
    this.meState.set(null);
    this.loaded = true;
    this.forgetSessionHint();
  }

  selectAgency(agencyId: string): void {
    if (!this.memberships().some((m) => m.agency.id === agencyId)) return;
    this.agencyChoice.set(agencyId);
    if (this.isBrowser) {
      try {
        localStorage.setItem(CURRENT_AGENCY_KEY, agencyId);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this page only.
      }
    }
  }

  private accept(me: MeDto | null): MeDto | null {
    this.meState.set(me);
    this.loaded = true;
    return me;
  }

  private hasSessionHint(): boolean {
    return this.document.cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
  }

  /** The server clears it too; this covers a session that ended where the server could not say. */
  private forgetSessionHint(): void {
    if (this.isBrowser) this.document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
  }

  private readSavedAgency(): string | null {
    if (!this.isBrowser) return null;
    try {
      return localStorage.getItem(CURRENT_AGENCY_KEY);
    } catch {
      return null;
    }
  }
}
