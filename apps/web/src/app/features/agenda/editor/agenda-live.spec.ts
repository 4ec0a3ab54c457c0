import { parseLiveChange } from './agenda-live';

describe('parseLiveChange', () => {
  it('reads a change: kind, item, actor and the agenda version after it', () => {
    expect(
      parseLiveChange(
        JSON.stringify({
          kind: 'item.updated',
          itemId: 'i1',
          actor: 'Ana Ríos',
          agendaVersion: 7,
        }),
      ),
    ).toEqual({
      kind: 'item.updated',
      itemId: 'i1',
      actor: 'Ana Ríos',
      agendaVersion: 7,
    });
  });

  it('takes a change without item or actor (a proposal, the anonymous public)', () => {
    expect(
      parseLiveChange(
        JSON.stringify({
          kind: 'item.proposed',
          itemId: null,
          actor: null,
          agendaVersion: 3,
        }),
      ),
    ).toEqual({
      kind: 'item.proposed',
      itemId: null,
      actor: null,
      agendaVersion: 3,
    });
  });

  it('ignores what is not a JSON object', () => {
    expect(parseLiveChange('not json')).toBeNull();
    expect(parseLiveChange('null')).toBeNull();
    expect(parseLiveChange('42')).toBeNull();
  });
});
