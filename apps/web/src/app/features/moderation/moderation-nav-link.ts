import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
} from '@angular/core';
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
        <span class="badge badge--accent" data-testid="moderation-count">{{ total() }}</span>
      }
    </a>
  `,
  styles: ':host { display: contents; }',
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
