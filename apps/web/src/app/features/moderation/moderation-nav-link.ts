import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { defineMessages, fill, injectMessages } from '../../core/i18n/translate';
import { ModerationCount } from './data-access/moderation-count';

const MESSAGES = defineMessages({
  es: { label: 'Moderación', waiting: 'Moderación: {n} comentarios por revisar' },
  en: { label: 'Moderation', waiting: 'Moderation: {n} comments to review' },
});

/** "Moderación (3)" in the staff navigation, for moderators. */
@Component({
  selector: 'app-moderation-nav-link',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <a
      routerLink="/app/moderacion"
      routerLinkActive="active"
      ariaCurrentWhenActive="page"
      data-testid="moderation-nav"
      [attr.aria-label]="aria()"
      >{{ t().label }}
      @if (total()) {
        <span class="count" data-testid="moderation-count">{{ total() }}</span>
      }
    </a>
  `,
  // The staff shell's navigation look (its styles do not reach into this component).
  styles: `
    :host {
      display: contents;
    }
    a {
      color: inherit;
      text-decoration: none;
      padding: 0.5rem 0.75rem;
      border-radius: 999px;
      white-space: nowrap;
    }
    a:hover {
      background: rgb(255 255 255 / 0.12);
    }
    a.active {
      background: rgb(255 255 255 / 0.2);
      font-weight: 600;
    }
    .count {
      display: inline-block;
      min-width: 1.375rem;
      margin-inline-start: 0.25rem;
      padding: 0 0.375rem;
      border-radius: 999px;
      background: var(--accent);
      color: #fff;
      font-size: 0.8125rem;
      font-weight: 700;
      text-align: center;
    }
    @media (max-width: 720px) {
      a {
        padding: 0.375rem 0.625rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationNavLink {
  protected readonly t = injectMessages(MESSAGES);
  private readonly count = inject(ModerationCount);
  protected readonly total = computed(() => this.count.value()?.total ?? 0);
  protected readonly aria = computed(() =>
    this.total() ? fill(this.t().waiting, { n: this.total() }) : this.t().label,
  );

  constructor() {
    this.count.watch();
    inject(DestroyRef).onDestroy(() => this.count.stop());
  }
}
