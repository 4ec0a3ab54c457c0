import { Injectable } from '@nestjs/common';
import type { AgendaDto, AuditAction } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';
import type { AuthUser, RequestOrigin } from '../common/auth-user';
import { assertCurrentVersion, updateVersioned } from '../common/versioned-update';
import { canEditAgenda, proposableAgencies } from './agenda.policy';
import {
  AGENDA_ITEM,
  assertAgendaOpen,
  assertCanDecide,
  assertCanEdit,
  assertPresenter,
  itemOf,
  treeOf,
  writePlaces,
} from './agenda-rules';
import { arrange, assertPlacement, closeGaps } from './agenda-tree';
import { AgendaWrites, type AgendaWrite } from './agenda-writes';
import type {
  AcceptAgendaItemBody,
  CreateAgendaItemBody,
  MoveAgendaItemBody,
  RejectAgendaItemBody,
  UpdateAgendaItemBody,
} from './dto/agenda.requests';
import { AgendaItemEntity } from './entities/agenda-item.entity';

/** Drafting: creating or proposing items, editing, deleting, moving, accepting, rejecting. */
@Injectable()
export class AgendaItemsService {
  constructor(private readonly writes: AgendaWrites) {}

  /** Editors add the item where they say; leaders and staff of invited agencies propose it. */
  async create(
    meetingId: string,
    body: CreateAgendaItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      const proposeFor = canEditAgenda(user, w.facts) ? null : this.proposingAgency(user, w, body.proposeForAgencyId);
      const presenterAgencyId = body.presenterAgencyId ?? null;
      const presenterUserId = body.presenterUserId ?? null;
      await assertPresenter(w.manager, presenterAgencyId, presenterUserId);
      const fields = {
        agendaId: w.agenda.id,
        kind: body.kind,
        title: body.title,
        description: body.description ?? '',
        presenterAgencyId,
        presenterUserId,
        plannedMinutes: body.plannedMinutes,
        version: 1,
      };
      let id: string;
      if (proposeFor) {
        const inserted = await w.manager.getRepository(AgendaItemEntity).insert({
          ...fields,
          parentId: null,
          position: null,
          proposalStatus: 'proposed',
          proposedById: user.id,
          proposedByAgencyId: proposeFor,
        });
        id = (inserted.identifiers[0] as { id: string }).id;
      } else {
        const parentId = body.parentId ?? null;
        const tree = await treeOf(w.manager, w.agenda.id);
        assertPlacement(tree, { id: null, kind: body.kind }, parentId);
        const end = tree.filter((t) => t.parentId === parentId).length;
        const places = arrange(tree, '__new__', parentId, body.position ?? end);
        const own = places.find((p) => p.id === '__new__') as { position: number };
        const inserted = await w.manager.getRepository(AgendaItemEntity).insert({
          ...fields,
          parentId,
          position: own.position,
          proposalStatus: 'accepted',
        });
        id = (inserted.identifiers[0] as { id: string }).id;
        await writePlaces(
          w.manager,
          places.filter((p) => p.id !== '__new__'),
        );
      }
      await itemChanged(w, id, {
        event: proposeFor ? 'item.proposed' : 'item.created',
        draft: !proposeFor,
        action: proposeFor ? 'agenda.item_proposed' : 'agenda.item_created',
        details: { meetingId, title: body.title, kind: body.kind, agencyId: proposeFor },
      });
    });
  }

  async update(
    meetingId: string,
    itemId: string,
    body: UpdateAgendaItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      const item = await this.changeableItem(user, w, itemId, body.version);
      const kind = body.kind ?? item.kind;
      if (kind === 'section' && item.parentId !== null) {
        throw new ApiError('agenda.section_not_top_level', 'an item inside another entry cannot become a section', {
          field: 'kind',
        });
      }
      const presenterAgencyId = body.presenterAgencyId === undefined ? item.presenterAgencyId : body.presenterAgencyId;
      const presenterUserId =
        body.presenterUserId !== undefined
          ? body.presenterUserId
          : presenterAgencyId === item.presenterAgencyId
            ? item.presenterUserId
            : null;
      await assertPresenter(w.manager, presenterAgencyId, presenterUserId);
      const next = {
        kind,
        title: body.title ?? item.title,
        description: body.description ?? item.description,
        presenterAgencyId,
        presenterUserId,
        plannedMinutes: body.plannedMinutes ?? item.plannedMinutes,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== item[k]);
      if (changed.length === 0) return;
      await updateVersioned(w.manager, AgendaItemEntity, AGENDA_ITEM, item, next);
      await itemChanged(w, itemId, {
        event: 'item.updated',
        draft: item.proposalStatus === 'accepted',
        action: 'agenda.item_updated',
        details: { meetingId, changed },
      });
    });
  }

  async remove(
    meetingId: string,
    itemId: string,
    version: number,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      const item = await this.changeableItem(user, w, itemId, version);
      const [{ n }]: { n: number }[] = await w.manager.query(
        `SELECT count(*)::int AS n FROM agenda_item i
          WHERE (i.id = $1 OR i.parent_id = $1)
            AND (EXISTS (SELECT 1 FROM decision d WHERE d.item_id = i.id)
              OR EXISTS (SELECT 1 FROM action_item a WHERE a.item_id = i.id)
              OR EXISTS (SELECT 1 FROM agenda_item_minutes n WHERE n.item_id = i.id AND n.notes <> ''))`,
        [itemId],
      );
      if (n > 0) {
        throw new ApiError(
          'agenda.item_has_outcomes',
          'this item (or one inside it) has minutes, decisions or action items: it stays on the agenda',
        );
      }
      const tree = await treeOf(w.manager, w.agenda.id);
      const removed = new Set([itemId, ...tree.filter((t) => t.parentId === itemId).map((t) => t.id)]);
      await w.manager.getRepository(AgendaItemEntity).delete({ id: itemId });
      await writePlaces(w.manager, closeGaps(tree, removed));
      await itemChanged(w, itemId, {
        event: 'item.deleted',
        draft: item.proposalStatus === 'accepted',
        action: 'agenda.item_deleted',
        details: { meetingId, title: item.title, removed: [...removed] },
      });
    });
  }

  /** One request and one transaction, however many siblings shift. */
  async move(
    meetingId: string,
    itemId: string,
    body: MoveAgendaItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      assertCanEdit(user, w.facts);
      const item = await currentItem(w, itemId, body.version);
      if (item.proposalStatus !== 'accepted') {
        throw new ApiError('agenda.item_is_proposal', 'a proposal has no place yet: accept it first');
      }
      await this.place(w, item, body.parentId, body.position, {});
      await itemChanged(w, itemId, {
        event: 'item.moved',
        draft: true,
        action: 'agenda.item_moved',
        details: { meetingId, from: { parentId: item.parentId, position: item.position }, to: body },
      });
    });
  }

  /** The proposal joins the agenda where the convener places it. */
  async accept(
    meetingId: string,
    itemId: string,
    body: AcceptAgendaItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      const item = await this.proposalToDecide(user, w, itemId, body.version);
      await this.place(w, item, body.parentId, body.position, { proposalStatus: 'accepted', rejectionReason: null });
      await itemChanged(w, itemId, {
        event: 'item.accepted',
        draft: true,
        action: 'agenda.item_accepted',
        details: { meetingId, parentId: body.parentId, position: body.position },
      });
    });
  }

  async reject(
    meetingId: string,
    itemId: string,
    body: RejectAgendaItemBody,
    user: AuthUser,
    origin: RequestOrigin,
  ): Promise<AgendaDto> {
    return this.drafting(meetingId, user, origin, async (w) => {
      const item = await this.proposalToDecide(user, w, itemId, body.version);
      await updateVersioned(w.manager, AgendaItemEntity, AGENDA_ITEM, item, {
        proposalStatus: 'rejected',
        rejectionReason: body.reason,
      });
      await itemChanged(w, itemId, {
        event: 'item.rejected',
        action: 'agenda.item_rejected',
        details: { meetingId, reason: body.reason },
      });
    });
  }

  /** Every drafting write: one `AgendaWrites.edit`, refused once the agenda is no longer open to drafting. */
  private drafting(
    meetingId: string,
    user: AuthUser,
    origin: RequestOrigin,
    work: (w: AgendaWrite) => Promise<void>,
  ): Promise<AgendaDto> {
    return this.writes.edit(meetingId, user, origin, async (w) => {
      assertAgendaOpen(w.meeting);
      await work(w);
    });
  }

  /** Checks the place, then writes the item (version-checked) and every sibling that shifts. */
  private async place(
    w: AgendaWrite,
    item: AgendaItemEntity,
    parentId: string | null,
    position: number,
    extra: Partial<Pick<AgendaItemEntity, 'proposalStatus' | 'rejectionReason'>>,
  ): Promise<void> {
    const tree = await treeOf(w.manager, w.agenda.id);
    assertPlacement(tree, { id: item.id, kind: item.kind }, parentId);
    const places = arrange(tree, item.id, parentId, position);
    const own = places.find((p) => p.id === item.id) ?? { parentId: item.parentId, position: item.position };
    await updateVersioned(w.manager, AgendaItemEntity, AGENDA_ITEM, item, {
      ...extra,
      parentId: own.parentId,
      position: own.position,
    });
    await writePlaces(
      w.manager,
      places.filter((p) => p.id !== item.id),
    );
  }

  /** A waiting proposal, for a caller who may accept or reject it. */
  private async proposalToDecide(
    user: AuthUser,
    w: AgendaWrite,
    itemId: string,
    version: number,
  ): Promise<AgendaItemEntity> {
    assertCanDecide(user, w.facts);
    const item = await currentItem(w, itemId, version);
    if (item.proposalStatus !== 'proposed') {
      throw new ApiError('agenda.not_a_proposal', `this item is ${item.proposalStatus}, not a waiting proposal`, {
        params: { status: item.proposalStatus },
      });
    }
    return item;
  }

  /** The item, if the caller may change it (checked before its version, as the errors go). */
  private async changeableItem(
    user: AuthUser,
    w: AgendaWrite,
    itemId: string,
    version: number,
  ): Promise<AgendaItemEntity> {
    const item = await itemOf(w.manager, w.agenda, itemId);
    this.assertMayChange(user, w, item);
    assertCurrentVersion(AGENDA_ITEM, version, item.version);
    return item;
  }

  /** Editors change any item; a proposing agency's leaders and staff change their waiting proposal. */
  private assertMayChange(user: AuthUser, w: AgendaWrite, item: AgendaItemEntity): void {
    if (canEditAgenda(user, w.facts)) return;
    const own =
      item.proposalStatus === 'proposed' &&
      item.proposedByAgencyId !== null &&
      proposableAgencies(user, w.facts).includes(item.proposedByAgencyId);
    if (!own) assertCanEdit(user, w.facts);
  }

  /** The invited agency a proposal is made for: the one named, or the caller's only one. */
  private proposingAgency(user: AuthUser, w: AgendaWrite, named: string | undefined): string {
    const mine = proposableAgencies(user, w.facts);
    const chosen = named ?? (mine.length === 1 ? mine[0] : undefined);
    if (!chosen || !mine.includes(chosen)) {
      throw new ApiError(
        'agenda.propose_forbidden',
        mine.length > 1 && !named
          ? 'you may propose for several invited agencies: name one in proposeForAgencyId'
          : 'only leaders and staff of an invited agency propose agenda items',
        named ? { field: 'proposeForAgencyId', params: { agencyId: named } } : {},
      );
    }
    return chosen;
  }
}

/** The agenda's item, at the version the caller read (409 otherwise). */
async function currentItem(w: AgendaWrite, itemId: string, version: number): Promise<AgendaItemEntity> {
  const item = await itemOf(w.manager, w.agenda, itemId);
  assertCurrentVersion(AGENDA_ITEM, version, item.version);
  return item;
}

/**
 * Announces a change to an item (`draft` as AgendaWrite.changed takes it) and audits it against
 * the item, in the write's transaction.
 */
async function itemChanged(
  w: AgendaWrite,
  itemId: string,
  change: { event: string; draft?: boolean; action: AuditAction; details: Record<string, unknown> },
): Promise<void> {
  w.changed(change.event, itemId, change.draft === undefined ? undefined : { draft: change.draft });
  await w.audit({ action: change.action, objectType: 'agenda_item', objectId: itemId, details: change.details });
}
