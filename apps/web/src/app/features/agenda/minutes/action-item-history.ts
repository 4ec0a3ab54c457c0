import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ACTION_ITEM_COMMENT_MAX_LENGTH, type ActionItemDetailDto, type ActionItemDto } from '@cumbre/contracts';
import { formatMeetingTime, timeLang } from '@cumbre/scheduling';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { errorText } from '../../../core/errors/error-signal';
import { FormErrors } from '../../../core/forms/form-errors';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, injectMessages } from '../../../core/i18n/translate';
import { AgendaApi } from '../data-access/agenda-api';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { PlainField } from '../ui/plain-field';
import { historyLine } from './minutes.logic';
import { MINUTES_MESSAGES } from './minutes.messages';

/** Times in the action plan are the summit's: Lima, named. */
const HISTORY_ZONE = 'America/Lima';

/**
 * An action item's history (created, each status change, comments: who and when) and, for whoever
 * may update the item, a comment box. Loads the item's detail when shown.
 */
@Component({
  selector: 'app-action-item-history',
  imports: [MatButtonModule, FormErrors, PlainField],
  template: `
    <div class="history" data-testid="action-item-history" [attr.aria-label]="label()">
      @if (detail.value(); as d) {
        <ol class="events">
          @for (e of d.history; track e.id) {
            <li data-testid="action-item-event" [attr.data-kind]="e.kind">
              <span class="who">{{ e.actor?.displayName ?? m().someone }}</span>
              {{ line(e) }}
              @if (e.comment) {
                <q class="comment">{{ e.comment }}</q>
              }
              <span class="muted small block">{{ when(e.createdAt) }}</span>
            </li>
          }
        </ol>
      } @else if (loadError()) {
        <p class="alert alert--error" role="alert">{{ loadError() }}</p>
      } @else {
        <p class="muted small" role="status">{{ m().loadingHistory }}</p>
      }
      @if (canComment() && detail.value()) {
        <app-form-errors [action]="write" />
        <app-plain-field
          [rows]="2"
          [fieldId]="'comment-' + item().id"
          [label]="m().comment"
          [maxlength]="commentMax"
          [(value)]="comment"
          testId="action-item-comment"
        />
        <div class="row-actions">
          <button
            mat-stroked-button
            type="button"
            (click)="addComment()"
            [disabled]="write.busy() || !comment().trim()"
            data-testid="action-item-add-comment"
          >
            {{ m().addComment }}
          </button>
        </div>
      }
    </div>
  `,
  styleUrls: ['../ui/controls.css', './action-item-history.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionItemHistory implements OnInit {
  readonly item = input.required<ActionItemDto>();
  readonly canComment = input(false);
  /** The item as it is after a comment (its version rose). */
  readonly changed = output<ActionItemDetailDto>();

  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18n);
  protected readonly m = injectMessages(MINUTES_MESSAGES);
  private readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly detail = new Loader<ActionItemDetailDto>();
  protected readonly loadError = errorText(() => this.detail.error());
  protected readonly write = new Action({
    labels: () => ({ comment: this.m().comment }),
    reload: () => this.load(),
  });
  protected readonly comment = signal('');
  protected readonly commentMax = ACTION_ITEM_COMMENT_MAX_LENGTH;
  protected readonly label = computed(() => fill(this.m().historyLabel, { what: this.item().what }));

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    void this.detail.run(() => this.api.actionItem(this.item().id));
  }

  protected line(e: ActionItemDetailDto['history'][number]): string {
    const t = this.t() as Record<string, string>;
    return historyLine(e, this.m(), (s) => t[`status.${s}`] ?? s);
  }

  protected when(iso: string): string {
    return formatMeetingTime(iso, HISTORY_ZONE, timeLang(this.i18n.lang()));
  }

  async addComment(): Promise<void> {
    const text = this.comment().trim();
    const current = this.detail.value();
    if (!text || !current) return;
    const updated = await this.write.run(
      () =>
        this.api.updateActionItem(current.id, {
          version: current.version,
          comment: text,
        }),
      { done: this.m().commentAdded },
    );
    if (!updated) return;
    this.detail.value.set(updated);
    this.comment.set('');
    this.changed.emit(updated);
  }
}
