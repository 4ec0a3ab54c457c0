import { ChangeDetectionStrategy, Component, computed, Directive, input } from '@angular/core';
import type { TlpLevel } from '@cumbre/contracts';
import { tlpLabel } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';
import { TLP_MESSAGES } from './tlp.messages';

/** A TLP marking with its label (`TLP:AMBER`) and what it lets the reader do, in words. */
@Directive()
abstract class TlpMarking {
  readonly marking = input.required<TlpLevel>();
  private readonly t = injectMessages(TLP_MESSAGES);
  protected readonly label = computed(() => tlpLabel(this.marking()));
  protected readonly meaning = computed(() => this.t()[this.marking()]);
}

/**
 * The marking of an intelligence note as TLP 2.0 asks: the label in its official colour on black
 * (CLEAR: black on white with a black border), with what the marking lets the reader do written
 * out, so that nobody has to remember the standard to handle the note rightly.
 */
@Component({
  selector: 'app-tlp-banner',
  template: `
    <section class="tlp-banner" [attr.data-tlp]="marking()" data-testid="tlp-banner" [attr.aria-label]="label()">
      <strong class="tlp-banner__label">{{ label() }}</strong>
      <p class="tlp-banner__meaning">{{ meaning() }}</p>
    </section>
  `,
  styles: `
    .tlp-banner {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
      background: #000;
      color: #fff;
      border: 2px solid #000;
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      margin: 0.75rem 0;
    }
    .tlp-banner__label {
      font-family: var(--font-mono);
      font-size: 1.125rem;
      letter-spacing: 0.02em;
    }
    .tlp-banner__meaning {
      margin: 0;
      flex: 1 1 16rem;
    }
    .tlp-banner[data-tlp='CLEAR'] {
      background: #fff;
      color: #000;
    }
    .tlp-banner[data-tlp='GREEN'] .tlp-banner__label {
      color: #33ff00;
    }
    .tlp-banner[data-tlp='AMBER'] .tlp-banner__label,
    .tlp-banner[data-tlp='AMBER+STRICT'] .tlp-banner__label {
      color: #ffc000;
    }
    .tlp-banner[data-tlp='RED'] .tlp-banner__label {
      color: #ff2b2b;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TlpBanner extends TlpMarking {}

/** The small label for lists: `TLP:AMBER` in its colour (global `.tlp` style). */
@Component({
  selector: 'app-tlp-chip',
  template: `<span class="tlp" [attr.data-tlp]="marking()" [attr.title]="meaning()">{{ label() }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TlpChip extends TlpMarking {}
