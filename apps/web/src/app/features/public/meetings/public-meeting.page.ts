import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, type ResolveFn } from '@angular/router';
import { PUBLIC_CACHE_TAGS, PUBLIC_PATHS, type AgendaDto, type PublicMeetingDetailDto } from '@cumbre/contracts';
import { formatTimeOfDay, timeLang, zoneLabel } from '@cumbre/scheduling';
import { I18n } from '../../../core/i18n/i18n.service';
import { AgencyListPipe, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { PublicApi } from '../data-access/public-api';
import { loadForPage, type Loaded } from '../ui/loaded';
import { meetingPlace, publicMeetingTime } from '../ui/public-meeting-card';
import { PublicLoadFailure } from '../ui/public-load-failure';
import { followPageSeo, notFoundSeo, PublicSeo } from '../ui/seo';
import { ShareLinks } from '../ui/share-links';
import { AnnouncementCard } from '../ui/announcement-card';
import { meetingEvent } from './meeting-event';
import { PUBLIC_MEETINGS_MESSAGES } from './public-meetings.messages';

export interface MeetingView {
  /** With the announcements about it. */
  meeting: PublicMeetingDetailDto;
  /** The published agenda (items and decisions), when there is one. */
  agenda: AgendaDto | null;
}

export const publicMeetingResolver: ResolveFn<Loaded<MeetingView>> = (route) => {
  const api = inject(PublicApi);
  const id = route.paramMap.get('id') ?? '';
  return loadForPage(
    async () => {
      const meeting = await api.meeting(id);
      const agenda = meeting.agendaPublished ? await api.agenda(id).catch(() => null) : null;
      return { meeting, agenda };
    },
    // Dropped when the meeting, its agenda or minutes, its host agency or the announcements change.
    ({ meeting }) => [
      PUBLIC_CACHE_TAGS.meeting(meeting.id),
      PUBLIC_CACHE_TAGS.agency(meeting.hostAgency.id),
      PUBLIC_CACHE_TAGS.announcementList,
    ],
  );
};

/** `/reuniones-publicas/:id`: one public meeting with its time in Lima, .ics, agenda and decisions. */
@Component({
  selector: 'app-public-meeting-page',
  imports: [RouterLink, FillPipe, AgencyListPipe, ShareLinks, PublicLoadFailure, AnnouncementCard],
  templateUrl: './public-meeting.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicMeetingPage {
  readonly data = input.required<Loaded<MeetingView>>();
  protected readonly t = injectMessages(PUBLIC_MEETINGS_MESSAGES);
  protected readonly view = computed(() => this.data().value);
  private readonly i18n = inject(I18n);
  private readonly seo = inject(PublicSeo);
  protected readonly time = computed(() => {
    const m = this.view()?.meeting;
    return m ? publicMeetingTime(m, this.i18n.lang()) : '';
  });
  protected readonly place = computed(() => {
    const m = this.view()?.meeting;
    return m ? meetingPlace(m) : '';
  });
  /** Published agenda items that have content to show (sections and items, in order). */
  protected readonly items = computed(() => this.view()?.agenda?.items ?? []);
  protected readonly url = computed(() => this.seo.absolute(PUBLIC_PATHS.meeting(this.view()?.meeting.id ?? '')));
  /** "hora de Lima (UTC−5)": the zone of the agenda's times, as on the meeting's date. */
  protected readonly agendaZone = computed(() => {
    const m = this.view()?.meeting;
    return m?.startsAt ? zoneLabel(new Date(m.startsAt), m.timeZone, timeLang(this.i18n.lang())) : '';
  });
  protected readonly meetingsPath = PUBLIC_PATHS.meetings;
  protected readonly agencyPath = PUBLIC_PATHS.agency;

  constructor() {
    followPageSeo((seo) => {
      const m = this.view()?.meeting;
      return m
        ? {
            title: m.title,
            description: [this.time(), this.place()].filter(Boolean).join(' · '),
            path: PUBLIC_PATHS.meeting(m.id),
            jsonLd: meetingEvent(m, seo.origin()),
          }
        : notFoundSeo(this.t().notFound);
    });
  }

  /** An item's start in the meeting's zone ("09:00"), named once above the list (`agendaZone`). */
  protected agendaTime(startsAt: string | null): string {
    const m = this.view()?.meeting;
    if (!startsAt || !m) return '';
    return formatTimeOfDay(startsAt, m.timeZone, timeLang(this.i18n.lang()));
  }
}
