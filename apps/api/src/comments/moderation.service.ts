import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { BlockDto, ModerationCommentDto, ModerationCountDto, ModerationQueueDto } from '@cumbre/contracts';
import { Changes } from '../audit/changes';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { Clock } from '../common/clock';
import { PublicContent } from '../common/public-content/public-content.service';
import { assertCurrentVersion } from '../common/versioned-update';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationWriter } from '../notifications/notification-writer.service';
import { mapModerationComment } from './comment.mapper';
import { commentPagesChanged } from './comment-pages';
import { moderationComment, moderationCounts, moderationQueue } from './comment.queries';
import { notifyReplySubscribers } from './comment-replies';
import { isEmail, isIP } from 'class-validator';
import { foldText, hashIp, normaliseEmail, wordNeedle } from './comment-rules';
import type { BlockCommenterBody, ModerateCommentBody, ModerationQueueQuery } from './dto/comment.requests';

const COMMENT = { name: 'comment', notFound: 'comment.not_found' } as const;
const STATUS_OF = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;

/** An address in the audit log: a short fingerprint, never the address itself. */
const fingerprint = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 12);

/** The moderators' work: the queue, decisions, blocks and the word list; all audited. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: Changes,
    private readonly clock: Clock,
    private readonly content: PublicContent,
    private readonly writer: NotificationWriter,
  ) {}

  async queue(query: ModerationQueueQuery): Promise<ModerationQueueDto> {
    const page = await moderationQueue(this.dataSource.manager, query.queue ?? 'all', query.limit ?? 50);
    return { items: page.items.map(mapModerationComment), total: page.total };
  }

  count(): Promise<ModerationCountDto> {
    return moderationCounts(this.dataSource.manager);
  }

  async decide(
    id: string,
    body: ModerateCommentBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<ModerationCommentDto> {
    const now = this.clock.now();
    const dto = await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      await manager.query('SELECT 1 FROM announcement_comment WHERE id = $1 FOR UPDATE', [id]);
      const c = await moderationComment(manager, id);
      if (!c) throw new ApiError('comment.not_found', `comment ${id} not found`, { params: { id } });
      assertCurrentVersion(COMMENT, body.version, c.version);
      const status = STATUS_OF[body.action];
      const wasShown = c.status === 'approved' && !c.hiddenByFlags;
      const [[after]]: [[{ approved_at: Date | null }], number] = await manager.query(
        `UPDATE announcement_comment
            SET status = $2::varchar, hidden_by_flags = false, moderated_at = $3::timestamptz, moderated_by = $4,
                version = version + 1,
                approved_at = CASE WHEN $2::varchar = 'approved' THEN COALESCE(approved_at, $3::timestamptz) ELSE approved_at END
          WHERE id = $1 RETURNING approved_at`,
        [id, status, now, user.id],
      );
      // A reviewed comment starts afresh: earlier reports do not count towards hiding it again.
      const flags: unknown[] = await manager.query(
        'DELETE FROM comment_flag WHERE comment_id = $1 RETURNING reader_key',
        [id],
      );
      await audit({
        action: `comment.${status}`,
        objectType: 'comment',
        objectId: id,
        details: {
          from: c.status,
          hiddenByFlags: c.hiddenByFlags,
          flagsCleared: flags.length,
          holdReasons: c.holdReasons,
        },
      });
      const isShown = status === 'approved';
      // Only a comment the public saw (or sees now) changes a page: its text or its placeholder.
      if (after.approved_at && (wasShown !== isShown || c.hiddenByFlags)) {
        await commentPagesChanged(manager, this.content, c.announcementId);
      }
      if (isShown && c.parentId) {
        await notifyReplySubscribers(manager, this.writer, {
          replyId: c.id,
          parentId: c.parentId,
          replierEmail: c.authorEmail,
          replierName: c.authorName,
          replyText: c.text,
          announcementTitle: c.announcementTitle,
          announcementSlug: c.announcementSlug,
          publicUrl: this.config.publicUrl,
          secret: this.config.jwt.secret,
        });
      }
      return mapModerationComment({ ...c, status, hiddenByFlags: false, flagCount: 0, version: c.version + 1 });
    });
    return dto;
  }

  async block(body: BlockCommenterBody, user: AuthUser, origin: RequestOrigin): Promise<BlockDto> {
    const typed = body.commentId === undefined ? this.typedBlockValue(body) : null;
    return this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      let value = typed;
      if (body.commentId !== undefined) {
        const [c]: { author_email: string; ip_hash: string | null }[] = await manager.query(
          'SELECT author_email, ip_hash FROM announcement_comment WHERE id = $1',
          [body.commentId],
        );
        if (!c) throw new ApiError('comment.not_found', `comment ${body.commentId} not found`, { field: 'commentId' });
        value = body.target === 'email' ? c.author_email : c.ip_hash;
      }
      if (!value)
        throw new ApiError('comment.not_found', 'the comment has no network address to block', { field: 'target' });
      await manager.query(
        `INSERT INTO comment_block (target, value, created_by) VALUES ($1, $2, $3) ON CONFLICT (target, value) DO NOTHING`,
        [body.target, value, user.id],
      );
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        'SELECT id, created_at FROM comment_block WHERE target = $1 AND value = $2',
        [body.target, value],
      );
      await audit({
        action: 'comment.author_blocked',
        objectType: 'comment_block',
        objectId: row.id,
        details: { commentId: body.commentId ?? null, target: body.target, fingerprint: fingerprint(value) },
      });
      return mapBlock({ id: row.id, target: body.target, value, created_at: row.created_at });
    });
  }

  /** A value the moderator typed: the address as comments store it, or the keyed hash of an IP. */
  private typedBlockValue(body: BlockCommenterBody): string {
    const raw = body.value?.trim() ?? '';
    if (!raw) throw new ApiError('validation.required', 'send commentId, or the value to block', { field: 'value' });
    if (body.target === 'email') {
      if (!isEmail(raw))
        throw new ApiError('validation.not_email', 'value must be an e-mail address', { field: 'value' });
      return normaliseEmail(raw);
    }
    if (!isIP(raw))
      throw new ApiError('validation.bad_format', 'value must be an IPv4 or IPv6 address', { field: 'value' });
    return hashIp(raw, this.config.jwt.secret) as string;
  }

  async blocks(): Promise<BlockDto[]> {
    const rows: { id: string; target: 'email' | 'ip'; value: string; created_at: Date }[] = await this.dataSource.query(
      'SELECT id, target, value, created_at FROM comment_block ORDER BY created_at DESC LIMIT 500',
    );
    return rows.map(mapBlock);
  }

  async unblock(id: string, user: AuthUser, origin: RequestOrigin): Promise<void> {
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const [rows]: [{ target: string; value: string }[], number] = await manager.query(
        'DELETE FROM comment_block WHERE id = $1 RETURNING target, value',
        [id],
      );
      if (!rows.length)
        throw new ApiError('common.not_found', `block ${id} not found`, { params: { resource: 'comment_block' } });
      await audit({
        action: 'comment.author_unblocked',
        objectType: 'comment_block',
        objectId: id,
        details: { target: rows[0].target, fingerprint: fingerprint(rows[0].value) },
      });
    });
  }

  async words(): Promise<string[]> {
    const rows: { word: string }[] = await this.dataSource.query('SELECT word FROM comment_blocked_word ORDER BY word');
    return rows.map((r) => r.word);
  }

  async addWord(word: string, user: AuthUser, origin: RequestOrigin): Promise<string[]> {
    const folded = foldText(word);
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const added: unknown[] = await manager.query(
        'INSERT INTO comment_blocked_word (word, needle, created_by) VALUES ($1, $2, $3) ON CONFLICT (word) DO NOTHING RETURNING word',
        [folded, wordNeedle(folded), user.id],
      );
      if (!added.length) {
        throw new ApiError('moderation.word_exists', `${folded} is already blocked`, {
          field: 'word',
          params: { word: folded },
        });
      }
      await audit({ action: 'comment.word_blocked', objectType: 'comment_blocked_word', objectId: folded });
    });
    return this.words();
  }

  async removeWord(word: string, user: AuthUser, origin: RequestOrigin): Promise<string[]> {
    const folded = foldText(word);
    await this.changes.run({ actor: user, origin }, async ({ manager, audit }) => {
      const [rows]: [unknown[], number] = await manager.query(
        'DELETE FROM comment_blocked_word WHERE word = $1 RETURNING word',
        [folded],
      );
      if (!rows.length)
        throw new ApiError('common.not_found', `${folded} is not blocked`, { params: { resource: 'blocked_word' } });
      await audit({ action: 'comment.word_unblocked', objectType: 'comment_blocked_word', objectId: folded });
    });
    return this.words();
  }
}

function mapBlock(r: { id: string; target: 'email' | 'ip'; value: string; created_at: Date }): BlockDto {
  // An IP is stored as a keyed hash: the moderators see a fingerprint of it.
  return {
    id: r.id,
    target: r.target,
    value: r.target === 'ip' ? `ip:${r.value.slice(0, 10)}` : r.value,
    createdAt: r.created_at.toISOString(),
  };
}
