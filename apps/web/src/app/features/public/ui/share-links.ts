import { isPlatformBrowser } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, PLATFORM_ID, signal } from '@angular/core';
import { injectMessages } from '../../../core/i18n/translate';
import { SHARE_MESSAGES } from './public-ui.messages';

/** The share URLs of each network: plain links, so no third-party script is ever loaded. */
export function shareTargets(url: string, text: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`,
    x: `https://twitter.com/intent/tweet?url=${u}&text=${t}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  };
}

/**
 * Copy link, WhatsApp, X, Facebook. The network links work without JavaScript; the copy button
 * needs it (the address is also shown as text, so it can be copied by hand).
 */
@Component({
  selector: 'app-share-links',
  template: `
    <div class="share" role="group" [attr.aria-label]="t().share">
      <span class="share__label">{{ t().share }}</span>
      <button type="button" class="button share__copy" (click)="copy()" [attr.aria-describedby]="'share-url'">
        {{ copied() ? t().copied : t().copy }}
      </button>
      <a class="button" [href]="targets().whatsapp" target="_blank" rel="noopener noreferrer">WhatsApp</a>
      <a class="button" [href]="targets().x" target="_blank" rel="noopener noreferrer">X</a>
      <a class="button" [href]="targets().facebook" target="_blank" rel="noopener noreferrer">Facebook</a>
      <span class="visually-hidden" id="share-url">{{ url() }}</span>
      <span class="visually-hidden" role="status">{{ copied() ? t().copied : '' }}</span>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareLinks {
  /** Absolute address of the page. */
  readonly url = input.required<string>();
  readonly text = input.required<string>();

  protected readonly t = injectMessages(SHARE_MESSAGES);
  protected readonly copied = signal(false);
  protected readonly targets = computed(() => shareTargets(this.url(), this.text()));
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));

  protected async copy(): Promise<void> {
    if (!this.isBrowser) return;
    try {
      await navigator.clipboard.writeText(this.url());
      this.copied.set(true);
    } catch {
      // No clipboard (an old browser, an insecure origin): the user is told to copy by hand.
      window.prompt(this.t().copyByHand, this.url());
    }
  }
}
