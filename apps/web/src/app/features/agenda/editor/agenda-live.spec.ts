import { parseLiveChange } from './agenda-live';

describe('parseLiveChange', () => {
  it('reads the ids of a change and the actor, flat or nested', () => {
    expect(
      parseLiveChange(JSON.stringify({ kind: 'item.updated', itemId: 'i1', actorId: 'u1', agendaVersion: 7 })),
    ).toEqual({ kind: 'item.updated', itemId: 'i1', actorId: 'u1', actorName: null, agendaVersion: 7 });
    expect(
      parseLiveChange(JSON.stringify({ kind: 'moved', actor: { id: 'u2', displayName: 'Ana Ríos' } })),
    ).toEqual({ kind: 'moved', itemId: null, actorId: 'u2', actorName: 'Ana Ríos', agendaVersion: null });
  });

  it('ignores what is not JSON', () => {
    expect(parseLiveChange('not json')).toBeNull();
  });
});
