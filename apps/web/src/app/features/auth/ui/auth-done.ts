import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { injectMessages } from '../../../core/i18n/translate';
import { AUTH_MESSAGES } from '../auth.messages';

/** What a password page says once its work is done, and the way back to signing in. */
@Component({
  selector: 'app-auth-done',
  imports: [RouterLink],
  template: `
    <p class="alert alert--success" role="status" [attr.data-testid]="testId()">
      {{ text() }}
    </p>
    <p>
      <a routerLink="/ingresar">{{ t().backToSignIn }}</a>
    </p>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthDone {
  readonly text = input.required<string>();
  readonly testId = input.required<string>();
  protected readonly t = injectMessages(AUTH_MESSAGES);
}
