import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import type { AuthUser } from '../common/auth-user';
import { AgendaQueries } from './agenda-queries.service';
import { renderAgendaPdf } from './agenda-pdf';

export interface PdfFile {
  filename: string;
  body: Buffer;
}

/** The printed agenda of a published version, for whoever may read that version. */
@Injectable()
export class AgendaPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AgendaQueries,
  ) {}

  async publishedPdf(meetingId: string, number: number | undefined, user: AuthUser | null): Promise<PdfFile> {
    const { meeting, version } = await this.queries.publishedVersion(meetingId, number, user);
    const host = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id: meeting.hostAgencyId });
    const body = await renderAgendaPdf(
      {
        title: meeting.title,
        hostAgencyName: host?.name ?? '',
        venueName: meeting.venueName,
        venueAddress: meeting.venueAddress,
        venueCity: meeting.venueCity,
        onlineUrl: meeting.onlineUrl,
      },
      version,
    );
    return { filename: `agenda-v${version.number}.pdf`, body };
  }
}
