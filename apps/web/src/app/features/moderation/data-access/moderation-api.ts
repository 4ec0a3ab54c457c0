import { inject, Injectable } from '@angular/core';
import type {
  BlockCommenterRequest,
  BlockDto,
  ModerateCommentRequest,
  ModerationCommentDto,
  ModerationCountDto,
  ModerationQueueDto,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

export type ModerationQueueName = 'pending' | 'flagged';

/** The moderators' queue of reader comments. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(ApiHttp);

  queue(queue: ModerationQueueName): Promise<ModerationQueueDto> {
    return this.http.get('/api/moderation/comments', { query: { queue } });
  }

  count(): Promise<ModerationCountDto> {
    return this.http.get('/api/moderation/comments/count');
  }

  decide(id: string, body: ModerateCommentRequest): Promise<ModerationCommentDto> {
    return this.http.post(`${apiPath('moderation', 'comments', id)}/decision`, body);
  }

  block(body: BlockCommenterRequest): Promise<BlockDto> {
    return this.http.post('/api/moderation/blocks', body);
  }

  blocks(): Promise<BlockDto[]> {
    return this.http.get('/api/moderation/blocks');
  }

  unblock(id: string): Promise<void> {
    return this.http.delete(apiPath('moderation', 'blocks', id));
  }

  words(): Promise<string[]> {
    return this.http.get('/api/moderation/blocked-words');
  }

  addWord(word: string): Promise<string[]> {
    return this.http.post('/api/moderation/blocked-words', { word });
  }

  removeWord(word: string): Promise<string[]> {
    return this.http.delete(apiPath('moderation', 'blocked-words', word));
  }
}
