import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { AgencySummary, AgendaDto, AgendaItemDto, MeetingDto } from '@cumbre/contracts';
import { isClosedStatus, timeLang } from '@cumbre/scheduling';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { FormErrors } from '../../../core/forms/form-errors';
import { Selection } from '../../../core/forms/selection';
import { I18n } from '../../../core/i18n/i18n.service';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { pageTitle } from '../../../core/layout/page-title';
import { SessionStore } from '../../../core/session/session.store';
import { AgendaApi } from '../data-access/agenda-api';
import { ItemOutcomes } from '../minutes/item-outcomes';
import { MinutesPanel } from '../minutes/minutes-panel';
import { ProposalsPanel } from '../proposals/proposals-panel';
import { AgendaLabelPipe } from '../ui/agenda-label.pipe';
import { minutesText, plannedAt } from '../ui/agenda-time';
import { AGENDA_MESSAGES } from '../ui/agenda.messages';
import { VersionsPanel } from '../versions/versions-panel';
import { LinkedNotes } from '../../notes';
import { AgendaItemForm } from './item-form';
import { AgendaLive, type LiveChange } from './agenda-live';
import { dropMove, keyboardMove, moveToSection, type MoveTarget, type TreeRow } from './tree-moves.logic';

/**
 * A meeting's agenda: the two-level tree with planned times in the meeting's zone; editors add,
 * edit, delete and move items (drag and drop, or keyboard alone: one request per move), invited
 * agencies propose, the convener publishes; changes by others arrive live.
 */
@Component({
  selector: 'app-agenda-page',
  imports: [
    RouterLink,
    MatButtonModule,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    FillPipe,
    FormErrors,
    LoadState,
    AgendaLabelPipe,
    AgendaItemForm,
    ProposalsPanel,
    VersionsPanel,
    ItemOutcomes,
    MinutesPanel,
    LinkedNotes,
  ],
  templateUrl: './agenda.page.html',
  styleUrls: ['../ui/controls.css', './agenda.page.css', '../ui/markdown.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPage {
  /** Route parameter `:id` (the meeting). */
  readonly id = input.required<string>();

  private readonly api = inject(AgendaApi);
  private readonly meetings = inject(MeetingsApi);
  private readonly confirm = inject(Confirm);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  protected readonly t = injectMessages(AGENDA_MESSAGES);
  protected readonly meeting = new Loader<MeetingDto>();
  protected readonly agenda = new Loader<AgendaDto>();
  protected readonly write = new Action({ reload: () => this.refresh() });
  protected readonly editing = signal<string | null>(null);
  /** Items whose minutes (notes, decisions, action items) are shown. */
  protected readonly outcomesOpen = new Selection<string>();
  /** What a screen reader hears after a move (a polite live region). */
  protected readonly announcement = signal('');
  /** "X cambió el punto …", from the live stream. */
  protected readonly liveNotice = signal('');
  protected readonly live = new AgendaLive((change) => this.onLiveChange(change));
  /** Becomes true once the stream has been tried, so "sin conexión" is not shown on first paint. */
  protected readonly liveTried = signal(false);

  protected readonly a = computed(() => this.agenda.value() ?? null);
  protected readonly rows = computed<TreeRow[]>(() =>
    (this.a()?.items ?? []).map((i) => ({
      id: i.id,
      parentId: i.parentId,
      kind: i.kind,
      depth: i.depth,
      title: i.title,
    })),
  );
  protected readonly sections = computed(() =>
    (this.a()?.items ?? []).filter((i) => i.depth === 1 && i.kind === 'section'),
  );
  protected readonly participants = computed<AgencySummary[]>(() => {
    const m = this.meeting.value();
    if (!m) return [];
    const all = [m.hostAgency, ...m.invitations.map((i) => i.agency)];
    return all.filter((a, index) => all.findIndex((b) => b.id === a.id) === index);
  });
  protected readonly canPropose = computed(() => {
    const a = this.a();
    return !!a && !a.can.edit && a.can.proposeFor.length > 0;
  });
  protected readonly lang = computed(() => timeLang(this.i18n.lang()));
  /** Concluded or cancelled: its draft, if any, will never be published (the API refuses). */
  protected readonly closed = computed(() => {
    const status = this.meeting.value()?.status;
    return !!status && isClosedStatus(status);
  });

  /**
   * Nothing more will change here: a cancelled meeting, or a concluded one whose minutes are
   * published. The live stream stops, and the page no longer says "En vivo" (it read as if the
   * meeting were under way).
   */
  protected readonly settled = computed(
    () => this.closed() && (this.meeting.value()?.status === 'cancelled' || !!this.a()?.minutesPublishedAt),
  );

  constructor() {
    effect(() => {
      if (this.settled()) untracked(() => this.live.stop());
    });
    pageTitle(() => fill(this.t().pageTitle, { meeting: this.meeting.value()?.title ?? '' }));
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.meeting.run(() => this.meetings.get(id));
        void this.agenda.run(() => this.api.get(id));
        this.live.start(this.api.eventsUrl(id));
        setTimeout(() => this.liveTried.set(true), 3000);
      });
    });
  }

  protected time(item: AgendaItemDto): string {
    const a = this.a();
    return a ? plannedAt(item.plannedStart, a.timeZone, this.lang()) : '';
  }

  protected minutes(n: number): string {
    return minutesText(n);
  }

  /** "Agency, person", either alone when the other is not set. */
  protected presenterOf(item: AgendaItemDto): string {
    return [item.presenterAgency?.name, item.presenter?.displayName].filter(Boolean).join(', ');
  }

  protected pdfUrl(n: number): string {
    return this.api.pdfUrl(this.id(), n);
  }

  protected childCount(item: AgendaItemDto): number {
    return (this.a()?.items ?? []).filter((i) => i.parentId === item.id).length;
  }

  refresh(): void {
    void this.agenda.run(() => this.api.get(this.id()));
  }

  protected set(agenda: AgendaDto): void {
    this.agenda.value.set(agenda);
    this.editing.set(null);
  }

  // --- moves: one request each

  protected onKey(event: KeyboardEvent, item: AgendaItemDto): void {
    // Only on the focused row itself: Alt+↑ in a text field or a list means something else there.
    if (event.target !== event.currentTarget) return;
    if (!event.altKey || !this.a()?.can.edit) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    void this.step(item, event.key === 'ArrowUp' ? 'up' : 'down', 'row');
  }

  protected async step(item: AgendaItemDto, direction: 'up' | 'down', focus: string): Promise<void> {
    const target = keyboardMove(this.rows(), item.id, direction);
    if (!target) {
      this.announcement.set(fill(this.t().cannotMove, { title: item.title }));
      return;
    }
    await this.move(item, target, focus === 'row' ? 'row' : `${direction}`);
  }

  protected async moveTo(item: AgendaItemDto, sectionId: string): Promise<void> {
    const target = moveToSection(this.rows(), item.id, sectionId === '' ? null : sectionId);
    if (target) await this.move(item, target, 'row');
  }

  protected async drop(event: CdkDragDrop<unknown>): Promise<void> {
    const target = dropMove(this.rows(), event.previousIndex, event.currentIndex);
    const item = this.a()?.items[event.previousIndex];
    if (target && item) await this.move(item, target, 'row');
  }

  private async move(item: AgendaItemDto, target: MoveTarget, focus: string): Promise<void> {
    const agenda = await this.write.run(() => this.api.move(this.id(), item.id, { version: item.version, ...target }));
    if (!agenda) return;
    this.set(agenda);
    const parent = target.parentId ? agenda.items.find((i) => i.id === target.parentId) : null;
    this.announcement.set(
      fill(this.t().moved, {
        title: item.title,
        position: target.position + 1,
        where: parent ? fill(this.t().movedSection, { section: parent.title }) : this.t().movedTop,
      }),
    );
    afterNextRender(
      () => {
        const el =
          document.getElementById(`agenda-${focus}-${item.id}`) ?? document.getElementById(`agenda-row-${item.id}`);
        el?.focus();
      },
      { injector: this.injector },
    );
  }

  // --- delete, publish

  protected async remove(item: AgendaItemDto): Promise<void> {
    const t = this.t();
    const children = this.childCount(item);
    const ok = await this.confirm.ask({
      title: fill(t.deleteTitle, { title: item.title }),
      message: children ? fill(t.deleteMessageChildren, { n: children }) : t.deleteMessage,
      confirm: t.delete,
      danger: true,
      testId: 'agenda-delete-confirm',
    });
    if (!ok) return;
    const agenda = await this.write.run(() => this.api.remove(this.id(), item.id, item.version), {
      done: t.deleted,
    });
    if (agenda) this.set(agenda);
  }

  protected async publish(): Promise<void> {
    const a = this.a();
    const m = this.meeting.value();
    if (!a || !m) return;
    const t = this.t();
    const invited = m.invitations.map((i) => i.agency.name);
    const n = a.nextVersion;
    const ok = await this.confirm.ask({
      title: fill(t.publishTitle, { n }),
      message: fill(t.publishMessage, { n }),
      notify: invited.length ? fill(t.publishNotify, { agencies: invited.join(', ') }) : t.publishNotifyNone,
      confirm: t.publishConfirm,
      testId: 'agenda-publish-confirm',
    });
    if (!ok) return;
    const agenda = await this.write.run(() => this.api.publish(this.id(), a.version), {
      done: fill(t.published, { n }),
    });
    if (agenda) this.set(agenda);
  }

  // --- live

  private async onLiveChange(change: LiveChange): Promise<void> {
    const before = this.a();
    // The user's own write already answered with this version: nothing to fetch.
    if (change.agendaVersion !== null && before && change.agendaVersion <= before.version) return;
    const fresh = await this.api.get(this.id()).catch(() => null);
    if (!fresh) return;
    this.agenda.value.set(fresh);
    if (change.kind === 'reset' || (change.actor && change.actor === this.session.me()?.displayName)) return;
    const t = this.t();
    const find = (a: AgendaDto | null) =>
      change.itemId ? a?.items.concat(a.proposals).find((i) => i.id === change.itemId)?.title : undefined;
    const itemTitle = find(fresh) ?? find(before);
    this.liveNotice.set(
      fill(t.liveChange, {
        person: change.actor ?? t.liveSomeone,
        what: itemTitle ? fill(t.liveItem, { title: itemTitle }) : t.liveAgenda,
      }),
    );
  }
}
