import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n, Lang, LANGS } from '../i18n/i18n.service';

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

/** ES | EN. Each button names its language in that language, so it is found by those who need it. */
@Component({
  selector: 'app-lang-switch',
  template: `
    <div class="lang-switch" role="group" [attr.aria-label]="i18n.lang() === 'es' ? 'Idioma' : 'Language'">
      @for (lang of langs; track lang) {
        <button
          type="button"
          [attr.lang]="lang"
          [attr.aria-pressed]="i18n.lang() === lang"
          [attr.aria-label]="lang.toUpperCase() + ' — ' + names[lang]"
          [attr.title]="names[lang]"
          (click)="i18n.setLang(lang)"
        >
          {{ lang.toUpperCase() }}
        </button>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LangSwitch {
  protected readonly i18n = inject(I18n);
  protected readonly langs = LANGS;
  protected readonly names = NAMES;
}
