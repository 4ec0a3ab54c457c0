import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AGENDA_REASON_MAX_LENGTH, type AgendaDto, type AgendaItemDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { FillPipe, injectMessages } from '../../../core/i18n/translate';
import { AgendaApi } from '../data-access/agenda-api';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { containersOf } from '../ui/agenda-tree';
import { PlainField } from '../ui/plain-field';

/**
 * Proposals of invited agencies. The convener (and host leader) places one in the agenda or
 * rejects it with a reason; a proposing agency sees its proposals' status and the reason.
 */
@Component({
  selector: 'app-proposals-panel',
  imports: [MatButtonModule, FormErrors, FillPipe, AgendaLabelPipe, PlainField],
  templateUrl: './proposals-panel.html',
  styleUrls: ['../ui/controls.css', './proposals-panel.css', '../ui/markdown.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalsPanel {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaDto>();
  readonly changed = output<AgendaDto>();

  private readonly api = inject(AgendaApi);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly write = new Action();
  protected readonly reasonMax = AGENDA_REASON_MAX_LENGTH;
  /** Where each proposal would go ('' top level), by id. */
  protected readonly places = signal<Partial<Record<string, string>>>({});
  /** The proposal whose rejection reason is being written. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly reason = signal('');

  protected readonly shown = computed(() => this.agenda().proposals);
  protected readonly visible = computed(
    () => this.shown().length > 0 || this.agenda().can.decide || this.agenda().can.proposeFor.length > 0,
  );
  protected readonly containers = computed(() => containersOf(this.agenda().items));

  protected setPlace(id: string, value: string): void {
    this.places.set({ ...this.places(), [id]: value });
  }

  protected async accept(p: AgendaItemDto): Promise<void> {
    const parentId = p.kind === 'section' ? null : this.places()[p.id] || null;
    const items = this.agenda().items;
    const position = items.filter((i) => i.parentId === parentId).length;
    const agenda = await this.write.run(
      () =>
        this.api.accept(this.meetingId(), p.id, {
          version: p.version,
          parentId,
          position,
        }),
      { done: this.t().accepted },
    );
    if (agenda) this.changed.emit(agenda);
  }

  protected async reject(p: AgendaItemDto): Promise<void> {
    const reason = this.reason().trim();
    if (!reason) return;
    const agenda = await this.write.run(() => this.api.reject(this.meetingId(), p.id, { version: p.version, reason }), {
      done: this.t().rejected,
    });
    if (agenda) {
      this.rejecting.set(null);
      this.reason.set('');
      this.changed.emit(agenda);
    }
  }
}
