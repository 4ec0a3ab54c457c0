import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { AgencyMemberDto, AgendaDto, MeetingDto } from '@cumbre/contracts';
import { formatMeetingTime, timeLang } from '@cumbre/scheduling';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { I18n } from '../../../core/i18n/i18n.service';
import { SessionStore } from '../../../core/session/session.store';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { AgendaApi } from '../data-access/agenda-api';
import { secretaryCandidates } from './minutes.logic';
import { MINUTES_MESSAGES } from './minutes.messages';

/**
 * The minutes of the meeting as a whole: who records them (the convener names or removes a
 * secretary) and their publication (by the convener or the secretary, once the meeting has
 * concluded; read-only from then on).
 */
@Component({
  selector: 'app-minutes-panel',
  imports: [MatButtonModule, RouterLink, FormErrors, FillPipe],
  templateUrl: './minutes-panel.html',
  styleUrls: ['../ui/controls.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MinutesPanel {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaDto>();
  readonly meeting = input.required<MeetingDto>();
  readonly changed = output<AgendaDto>();

  private readonly api = inject(AgendaApi);
  private readonly agencies = inject(AgenciesApi);
  private readonly confirm = inject(Confirm);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  protected readonly m = injectMessages(MINUTES_MESSAGES);
  protected readonly write = new Action({
    labels: () => ({ userId: this.m().secretaryPick }),
  });
  private readonly hostMembers = signal<readonly AgencyMemberDto[]>([]);
  protected readonly picked = signal('');
  protected readonly candidates = computed(() => secretaryCandidates(this.meeting(), this.hostMembers()));
  protected readonly publishedAt = computed(() => {
    const at = this.agenda().minutesPublishedAt;
    return at ? formatMeetingTime(at, this.agenda().timeZone, timeLang(this.i18n.lang())) : '';
  });

  constructor() {
    // Only whoever names the secretary needs candidates. The host's members are listed to its
    // members and to admins: a convener from another agency picks among the delegates.
    effect(() => {
      const hostId = this.meeting().hostAgency.id;
      const listed =
        this.agenda().can.nameSecretary &&
        (this.session.isAdmin() || this.session.memberships().some((m) => m.agency.id === hostId));
      untracked(() => void this.loadHostMembers(listed, hostId));
    });
  }

  private async loadHostMembers(listed: boolean, hostId: string): Promise<void> {
    if (!listed) return;
    this.hostMembers.set(await this.agencies.members(hostId).catch(() => []));
  }

  async designate(): Promise<void> {
    const userId = this.picked();
    const person = this.candidates().find((c) => c.id === userId);
    if (!person) return;
    const agenda = await this.write.run(
      () =>
        this.api.setSecretary(this.meetingId(), {
          version: this.agenda().version,
          userId,
        }),
      { done: fill(this.m().secretarySet, { name: person.displayName }) },
    );
    if (!agenda) return;
    this.picked.set('');
    this.changed.emit(agenda);
  }

  async removeSecretary(): Promise<void> {
    const agenda = await this.write.run(
      () =>
        this.api.setSecretary(this.meetingId(), {
          version: this.agenda().version,
          userId: null,
        }),
      { done: this.m().secretaryRemoved },
    );
    if (agenda) this.changed.emit(agenda);
  }

  async publishMinutes(): Promise<void> {
    const m = this.m();
    const ok = await this.confirm.ask({
      title: m.publishMinutesTitle,
      message: m.publishMinutesMessage,
      confirm: m.publishMinutes,
      testId: 'minutes-publish-confirm',
    });
    if (!ok) return;
    const agenda = await this.write.run(() => this.api.publishMinutes(this.meetingId()), {
      done: m.minutesPublished,
    });
    if (agenda) this.changed.emit(agenda);
  }
}
