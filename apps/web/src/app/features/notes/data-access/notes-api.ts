import { inject, Injectable } from '@angular/core';
import type {
  CreateNoteCommentRequest,
  CreateNoteRequest,
  NoteAttachmentDto,
  NoteCommentDto,
  NoteDto,
  NoteEndorsementsDto,
  NoteHistoryDto,
  NoteReadEventDto,
  NoteRecipientDto,
  NoteRecipientQuery,
  NoteSearchQuery,
  NoteSearchResultDto,
  NoteSummaryDto,
  UpdateNoteRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

const noteUrl = (id: string) => apiPath('notes', id);

/**
 * The knowledge notes endpoints (issue #10) and the editors' Markdown preview. Shapes come from
 * @cumbre/contracts; what the caller may not read the API answers 404, never a hint.
 */
@Injectable({ providedIn: 'root' })
export class NotesApi {
  private readonly http = inject(ApiHttp);

  search(query: NoteSearchQuery = {}): Promise<NoteSearchResultDto> {
    return this.http.get('/api/notes', { query });
  }

  /** People a TLP:RED note may name, in any agency (the API answers 403 without a RED clearance). */
  recipients(query: NoteRecipientQuery): Promise<NoteRecipientDto[]> {
    return this.http.get('/api/notes/recipients', { query });
  }

  get(id: string): Promise<NoteDto> {
    return this.http.get(noteUrl(id));
  }

  create(body: CreateNoteRequest): Promise<NoteDto> {
    return this.http.post('/api/notes', body);
  }

  update(id: string, body: UpdateNoteRequest): Promise<NoteDto> {
    return this.http.patch(noteUrl(id), body);
  }

  remove(id: string): Promise<unknown> {
    return this.http.delete(noteUrl(id));
  }

  history(id: string): Promise<NoteHistoryDto> {
    return this.http.get(`${noteUrl(id)}/revisions`);
  }

  comments(id: string): Promise<NoteCommentDto[]> {
    return this.http.get(`${noteUrl(id)}/comments`);
  }

  comment(id: string, body: CreateNoteCommentRequest): Promise<NoteCommentDto> {
    return this.http.post(`${noteUrl(id)}/comments`, body);
  }

  endorse(id: string, agencyId: string): Promise<NoteEndorsementsDto> {
    return this.http.put(`${noteUrl(id)}/endorsements/${encodeURIComponent(agencyId)}`, null);
  }

  unendorse(id: string, agencyId: string): Promise<NoteEndorsementsDto> {
    return this.http.delete(`${noteUrl(id)}/endorsements/${encodeURIComponent(agencyId)}`);
  }

  readers(id: string): Promise<NoteReadEventDto[]> {
    return this.http.get(`${noteUrl(id)}/readers`);
  }

  /** Multipart upload of one file (field `file`); the API checks its type by content and its size. */
  upload(id: string, file: File): Promise<NoteAttachmentDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post(`${noteUrl(id)}/attachments`, form);
  }

  removeAttachment(id: string, attachmentId: string): Promise<unknown> {
    return this.http.delete(`${noteUrl(id)}/attachments/${encodeURIComponent(attachmentId)}`);
  }

  /** A plain link: the browser downloads it with the session cookie, after the API's access check. */
  attachmentUrl(id: string, attachmentId: string): string {
    return `${noteUrl(id)}/attachments/${encodeURIComponent(attachmentId)}`;
  }

  /** The note as a Markdown file (a plain link; the export is recorded in the note's read trail). */
  exportUrl(id: string): string {
    return `${noteUrl(id)}/export`;
  }

  /** The notes linked to an agenda item, as far as the caller may read them. */
  agendaItemNotes(meetingId: string, itemId: string): Promise<NoteSummaryDto[]> {
    return this.http.get(`${apiPath('meetings', meetingId, 'agenda', 'items', itemId)}/notes`);
  }

  linkToAgendaItem(meetingId: string, itemId: string, noteId: string): Promise<NoteSummaryDto[]> {
    return this.http.post(`${apiPath('meetings', meetingId, 'agenda', 'items', itemId)}/notes`, { noteId });
  }

  unlinkFromAgendaItem(meetingId: string, itemId: string, noteId: string): Promise<unknown> {
    return this.http.delete(apiPath('meetings', meetingId, 'agenda', 'items', itemId, 'notes', noteId));
  }
}
