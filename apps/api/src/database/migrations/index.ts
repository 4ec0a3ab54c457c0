import type { MigrationInterface } from 'typeorm';
import { Identity1795740032899 } from './1795740032899-Identity';
import { Meetings1795740498846 } from './1795740498846-Meetings';
import { PollChosenSlotForeignKey1795744290030 } from './1795744290030-PollChosenSlotForeignKey';
import { NotificationParams1795746060066 } from './1795746060066-NotificationParams';
import { SignInAttempts1795750000000 } from './1795750000000-SignInAttempts';
import { IdempotencyKeys1795750100000 } from './1795750100000-IdempotencyKeys';
import { AccountSecurity1795750200000 } from './1795750200000-AccountSecurity';
import { NotificationPreferencesAndDeliveries1795750300000 } from './1795750300000-NotificationPreferencesAndDeliveries';
import { Agenda1796186824580 } from './1796186824580-Agenda';
import { Realtime1796210000000 } from './1796210000000-Realtime';
import { ActionItemOverdueNotice1796210100000 } from './1796210100000-ActionItemOverdueNotice';
import { Notes1796220000000 } from './1796220000000-Notes';
import { PublicSite1796230000000 } from './1796230000000-PublicSite';
import { NoteListReads1796250000000 } from './1796250000000-NoteListReads';
import { RateLimitHits1796280000000 } from './1796280000000-RateLimitHits';
import { CommentRecentIndex1796300000000 } from './1796300000000-CommentRecentIndex';
import { OneTripWrites1796320000000 } from './1796320000000-OneTripWrites';
import { RateLimitPruneGuard1796330000000 } from './1796330000000-RateLimitPruneGuard';
import { RateLimitDecision1796340000000 } from './1796340000000-RateLimitDecision';
import { BlockedWordNeedle1796350000000 } from './1796350000000-BlockedWordNeedle';
import { ActionItemDueSoonNotice1796360000000 } from './1796360000000-ActionItemDueSoonNotice';
import { UnreadIndexes1796370000000 } from './1796370000000-UnreadIndexes';
import { DropPublicContentVersion1796380000000 } from './1796380000000-DropPublicContentVersion';

// Every migration, in order. The app and the test setup apply exactly this list; the
// TypeORM CLI (data-source.ts) finds the same files by glob for generate/run/revert.
// A new migration is generated with `npm run migration:generate -- Name` and added here.
export const migrations: (new () => MigrationInterface)[] = [
  Identity1795740032899,
  Meetings1795740498846,
  PollChosenSlotForeignKey1795744290030,
  NotificationParams1795746060066,
  SignInAttempts1795750000000,
  IdempotencyKeys1795750100000,
  AccountSecurity1795750200000,
  NotificationPreferencesAndDeliveries1795750300000,
  Agenda1796186824580,
  Realtime1796210000000,
  ActionItemOverdueNotice1796210100000,
  Notes1796220000000,
  PublicSite1796230000000,
  NoteListReads1796250000000,
  RateLimitHits1796280000000,
  CommentRecentIndex1796300000000,
  OneTripWrites1796320000000,
  RateLimitPruneGuard1796330000000,
  RateLimitDecision1796340000000,
  BlockedWordNeedle1796350000000,
  ActionItemDueSoonNotice1796360000000,
  UnreadIndexes1796370000000,
  DropPublicContentVersion1796380000000,
];
