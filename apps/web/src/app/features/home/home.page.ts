import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { EnumLabelPipe } from '../../core/i18n/enum-label.pipe';
import {
  defineMessages,
  FillPipe,
  injectMessages,
} from '../../core/i18n/translate';
import { pageTitle } from '../../core/layout/page-title';
import { SessionStore } from '../../core/session/session.store';

const MESSAGES = defineMessages({
  es: {
    title: 'Inicio',
    greeting: 'Hola, {name}',
    lead: 'Estas son las entidades en las que participas en Cumbre.',
    memberships: 'Tus membresías',
    agency: 'Entidad',
    code: 'Código',
    role: 'Rol',
    clearance: 'Autorización TLP',
    current: 'actual',
    actAs: 'Actuar por esta entidad',
    none: 'Todavía no perteneces a ninguna entidad. La administración de la plataforma puede añadirte.',
    platformRoles: 'Roles en la plataforma',
    shortcuts: 'Accesos directos',
    directory: 'Directorio de agencias',
    admin: 'Administración',
  },
  en: {
    title: 'Home',
    greeting: 'Hello, {name}',
    lead: 'These are the agencies you take part in on Cumbre.',
    memberships: 'Your memberships',
    agency: 'Agency',
    code: 'Code',
    role: 'Role',
    clearance: 'TLP clearance',
    current: 'current',
    actAs: 'Act for this agency',
    none: 'You do not belong to any agency yet. The platform administrators can add you.',
    platformRoles: 'Platform roles',
    shortcuts: 'Shortcuts',
    directory: 'Agency directory',
    admin: 'Administration',
  },
});

@Component({
  selector: 'app-home-page',
  imports: [RouterLink, FillPipe, EnumLabelPipe],
  template: `
    @if (session.me(); as me) {
      <h1>{{ t().greeting | fill: { name: me.displayName } }}</h1>
      <p class="lead">{{ t().lead }}</p>

      @if (me.platformRoles.length) {
        <p>
          {{ t().platformRoles }}:
          @for (role of me.platformRoles; track role) {
            <span class="badge">{{ role | enumLabel: 'platform' }}</span>
          }
        </p>
      }

      <h2>{{ t().memberships }}</h2>
      @if (me.memberships.length) {
        <ul class="card-grid" data-testid="memberships">
          @for (m of me.memberships; track m.id) {
            <li
              class="card"
              [class.card--current]="m.agency.id === currentId()"
            >
              <h3>
                {{ m.agency.name }}
                @if (m.agency.id === currentId() && me.memberships.length > 1) {
                  <span class="badge badge--accent">{{ t().current }}</span>
                }
              </h3>
              <dl class="facts">
                <dt>{{ t().code }}</dt>
                <dd class="mono">
                  {{ m.agency.isoCode ?? m.agency.shortName }}
                </dd>
                <dt>{{ t().role }}</dt>
                <dd>{{ m.role | enumLabel: 'role' }}</dd>
                <dt>{{ t().clearance }}</dt>
                <dd>
                  <span class="tlp" [attr.data-tlp]="m.clearance"
                    >TLP:{{ m.clearance }}</span
                  >
                </dd>
              </dl>
              @if (m.agency.id !== currentId()) {
                <button
                  type="button"
                  class="button"
                  (click)="session.selectAgency(m.agency.id)"
                >
                  {{ t().actAs }}
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="muted">{{ t().none }}</p>
      }

      <h2>{{ t().shortcuts }}</h2>
      <ul class="link-list">
        <li>
          <a routerLink="/app/agencias">{{ t().directory }}</a>
        </li>
        @if (session.isAdmin()) {
          <li>
            <a routerLink="/app/admin">{{ t().admin }}</a>
          </li>
        }
      </ul>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly t = injectMessages(MESSAGES);
  protected readonly currentId = computed(
    () => this.session.currentAgency()?.id ?? null,
  );

  constructor() {
    pageTitle(() => this.t().title);
  }
}
